package io.scrapeline.resultstore;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class SchemaMigrationTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void flywayAppliedTheFirstMigration() throws Exception {
    try (var connection = dataSource.getConnection();
        var result =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
      List<String> versions = new ArrayList<>();
      while (result.next()) {
        versions.add(result.getString(1));
      }
      assertThat(versions).startsWith("1");
    }
  }

  @Test
  void batchAndItemTablesExist() throws Exception {
    try (var connection = dataSource.getConnection();
        var result =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
      List<String> tables = new ArrayList<>();
      while (result.next()) {
        tables.add(result.getString(1));
      }
      assertThat(tables).contains("batches", "items");
    }
  }

  @Test
  void readinessCoversTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("Database connections health check"));
  }
}
