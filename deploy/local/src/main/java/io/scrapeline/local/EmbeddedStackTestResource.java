package io.scrapeline.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL and a real Kafka broker with one annotation, and
 * keeps Dev Services (which need Docker) off.
 */
public class EmbeddedStackTestResource implements QuarkusTestResourceLifecycleManager {

  /**
   * Where the stack's addresses are kept for the whole JVM. Quarkus loads this class again, in a
   * new class loader, for a test class with another set of test resources; the static singleton of
   * {@link EmbeddedStack} is then a new one, and a second stack would find the first one's files
   * locked. System properties are the one place every class loader of the JVM shares.
   */
  private static final String PREFIX = "scrapeline.embedded-stack.";

  @Override
  public Map<String, String> start() {
    synchronized (System.getProperties()) {
      if (System.getProperty(PREFIX + "bootstrap-servers") == null) {
        EmbeddedStack stack = EmbeddedStack.shared();
        System.setProperty(PREFIX + "bootstrap-servers", stack.bootstrapServers());
        System.setProperty(PREFIX + "jdbc-url", stack.jdbcUrl());
        System.setProperty(PREFIX + "database-user", stack.databaseUser());
      }
    }
    return Map.of(
        "quarkus.devservices.enabled", "false",
        "kafka.bootstrap.servers", System.getProperty(PREFIX + "bootstrap-servers"),
        "quarkus.datasource.jdbc.url", System.getProperty(PREFIX + "jdbc-url"),
        "quarkus.datasource.username", System.getProperty(PREFIX + "database-user"),
        "quarkus.datasource.password", "");
  }

  @Override
  public void stop() {
    // The stack lives as long as the test JVM: later test classes reuse it, and a shutdown hook
    // stops it.
  }
}
