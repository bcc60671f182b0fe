package io.scrapeline.resultstore;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Direct SQL for tests: to look at rows, and to age a batch where a test needs that. */
public final class Database {

  private Database() {}

  /** The first column of every row of {@code sql}. */
  public static List<Object> column(String sql, Object... parameters) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<Object> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getObject(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The single value {@code sql} selects. */
  public static Object value(String sql, Object... parameters) {
    List<Object> values = column(sql, parameters);
    if (values.size() != 1) {
      throw new IllegalStateException(sql + " returned " + values.size() + " rows");
    }
    return values.get(0);
  }

  /**
   * Moves every timestamp of the batch {@code by} into the past, as if that much time had passed;
   * an unset one stays unset.
   */
  public static void ageBatch(UUID id, Duration by) {
    String interval = by.toString();
    update(
        "UPDATE batches SET created_at = created_at - ?::interval,"
            + " finished_at = finished_at - ?::interval, expires_at = expires_at - ?::interval"
            + " WHERE id = ?",
        interval,
        interval,
        interval,
        id);
  }

  public static int update(String sql, Object... parameters) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private static AgroalDataSource dataSource() {
    return Arc.container().instance(AgroalDataSource.class).get();
  }
}
