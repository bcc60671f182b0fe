package io.scrapeline.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * PostgreSQL from Maven artifacts (zonky). {@code pg_ctl} daemonises the postmaster, so the server
 * outlives the JVM that started it when asked to: the launcher manages it by the pid in {@code
 * postmaster.pid}.
 */
public final class PostgresServer {

  public static final String DATABASE = "scrapeline";
  public static final String USER = "postgres";

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres postgres;

  public PostgresServer(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /**
   * Starts the server, stopping first a postmaster left running in the same data directory by a
   * crashed owner.
   *
   * @param stopWithThisJvm true for tests: the server is stopped by a shutdown hook of this JVM
   */
  public PostgresServer start(boolean stopWithThisJvm) {
    stopStalePostmaster();
    try {
      Files.createDirectories(dataDirectory);
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(stopWithThisJvm)
              .setOverrideWorkingDirectory(
                  dataDirectory.getParent().resolve("pg-binaries").toFile())
              .setPort(port)
              .setServerConfig("max_connections", "200")
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
    }
    createDatabaseIfMissing();
    return this;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  /** The postmaster's pid, read from the file PostgreSQL itself maintains. */
  public Optional<Long> postmasterPid() {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      String firstLine = Files.readAllLines(pidFile).get(0).trim();
      return Optional.of(Long.parseLong(firstLine));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public void stop() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void stopStalePostmaster() {
    postmasterPid()
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .ifPresent(stale -> Processes.interrupt(stale, Duration.ofSeconds(20)));
  }

  private void createDatabaseIfMissing() {
    String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(adminUrl, USER, "");
        Statement statement = connection.createStatement()) {
      var exists =
          statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
      if (!exists.next()) {
        statement.execute("CREATE DATABASE " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + DATABASE, e);
    }
  }
}
