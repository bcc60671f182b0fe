package io.scrapeline.resultstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V6 on batches written before it, when {@code expires_at} was {@code created_at + ttl} (24 hours
 * here): each batch keeps its ttl, an unfinished one loses its expiry, and a finished one is kept
 * ttl after its finish unless it had expired already. The migrations run into a schema of their
 * own, so the service's tables are not touched.
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class ExpiryFromFinishMigrationTest {

  private static final String URL = "quarkus.datasource.jdbc.url";
  private static final String USER = "quarkus.datasource.username";
  private static final String PASSWORD = "quarkus.datasource.password";

  private String schema;

  @BeforeEach
  void migrateAnEmptySchemaToTheVersionBefore() {
    schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
    migrateTo("5");
  }

  @AfterEach
  void dropTheSchema() throws SQLException {
    try (Connection connection = connect();
        Statement drop = connection.createStatement()) {
      drop.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void aBatchStillRunningLosesItsExpiryEvenWhenItWasHiddenForItsAge() throws SQLException {
    UUID id =
        insertBatch("running", "now() - interval '30 hours'", null, "now() - interval '6 hours'");

    migrateTo("6");

    assertThat(value("SELECT ttl = interval '24 hours' AND expires_at IS NULL", id))
        .isEqualTo(true);
  }

  @Test
  void aFinishedBatchIsKeptItsTtlAfterItsFinish() throws SQLException {
    UUID id =
        insertBatch(
            "completed",
            "now() - interval '20 hours'",
            "now() - interval '2 hours'",
            "now() + interval '4 hours'");

    migrateTo("6");

    assertThat(value("SELECT ttl = interval '24 hours'", id)).isEqualTo(true);
    assertThat(value("SELECT expires_at = finished_at + interval '24 hours'", id)).isEqualTo(true);
  }

  @Test
  void aFinishedBatchThatHadExpiredStaysExpired() throws SQLException {
    UUID id =
        insertBatch(
            "cancelled",
            "now() - interval '30 hours'",
            "now() - interval '29 hours'",
            "now() - interval '6 hours'");

    migrateTo("6");

    assertThat(value("SELECT ttl = interval '24 hours'", id)).isEqualTo(true);
    assertThat(value("SELECT expires_at = created_at + interval '24 hours'", id)).isEqualTo(true);
  }

  /** A batch as the service wrote it before V6; timestamps are SQL expressions. */
  private UUID insertBatch(String status, String createdAt, String finishedAt, String expiresAt)
      throws SQLException {
    UUID id = UUID.randomUUID();
    String sql =
        "INSERT INTO batches (id, tenant, kind, status, total, created_at, finished_at, expires_at)"
            + " VALUES (?, 'tenant', 'scrape', ?, 0, %s, %s, %s)"
                .formatted(createdAt, finishedAt == null ? "NULL" : finishedAt, expiresAt);
    try (Connection connection = connect();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setObject(1, id);
      insert.setString(2, status);
      insert.executeUpdate();
    }
    return id;
  }

  /** {@code select} (a select list without FROM) of the batch's row. */
  private Object value(String select, UUID id) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement query =
            connection.prepareStatement(select + " FROM batches WHERE id = ?")) {
      query.setObject(1, id);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getObject(1);
      }
    }
  }

  private void migrateTo(String version) {
    Flyway.configure()
        .dataSource(setting(URL), setting(USER), setting(PASSWORD))
        .schemas(schema)
        .createSchemas(true)
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  private Connection connect() throws SQLException {
    Connection connection =
        DriverManager.getConnection(setting(URL), setting(USER), setting(PASSWORD));
    connection.setSchema(schema);
    return connection;
  }

  /** The service's datasource setting; an empty one (no password) is the empty string. */
  private static String setting(String name) {
    return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse("");
  }
}
