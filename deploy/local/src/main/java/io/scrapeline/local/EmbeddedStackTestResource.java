package io.scrapeline.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL and a real Kafka broker with one annotation, and
 * keeps Dev Services (which need Docker) off.
 */
public class EmbeddedStackTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    EmbeddedStack stack = EmbeddedStack.shared();
    return Map.of(
        "quarkus.devservices.enabled", "false",
        "kafka.bootstrap.servers", stack.bootstrapServers(),
        "quarkus.datasource.jdbc.url", stack.jdbcUrl(),
        "quarkus.datasource.username", stack.databaseUser(),
        "quarkus.datasource.password", "");
  }

  @Override
  public void stop() {
    // The stack lives as long as the test JVM: later test classes reuse it, and a shutdown hook
    // stops it.
  }
}
