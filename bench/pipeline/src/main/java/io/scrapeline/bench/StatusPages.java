package io.scrapeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Status page latency at depth. A real ten-URL batch is scraped first and used as the template of
 * everything inserted directly into PostgreSQL, so the rows look exactly like the ones the result
 * store writes (whatever columns the schema has by then): one batch of 1,000,000 completed items,
 * and 10,000 finished batches for the tenant's list. The items of the first and the last page carry
 * the template's whole result (real-size payloads); every other item has its Markdown cut to 500
 * characters. Then, one request at a time through the gateway (default page size 10), p50 and p99
 * of: page 1 and the last page (depth with real payloads), page 2 and the page before the last
 * (depth with small payloads, so that the cost of depth shows on its own), and the list's first and
 * last page. The last page is also read before the VACUUM that makes index-only scans possible.
 */
final class StatusPages implements Scenario {

  private static final int SAMPLES = 200;
  private static final int WARM_UP = 10;
  private static final Duration LOOP_BUDGET = Duration.ofSeconds(90);

  /** The API's default page size: what a client gets without asking. */
  private static final int PAGE_SIZE = 10;

  /** Markdown characters kept on the items not read with their whole result. */
  private static final int SMALL_MARKDOWN = 500;

  private final int items;
  private final int batches;

  StatusPages(int items, int batches) {
    this.items = items;
    this.batches = batches;
  }

  @Override
  public String name() {
    return "status";
  }

  @Override
  public String description() {
    return "status pages of a "
        + items
        + "-item batch (page 1, last page) and the batch list with "
        + batches
        + " batches";
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    Api api = context.api();
    String template =
        api.post("/v1/batch/scrape", Api.batchBody(context.urls("page", 3_000_000, 10, 50)))
            .expect(202)
            .json()
            .get("id")
            .asText();
    if (!context.awaitBatch(template, Duration.ofMillis(200), Duration.ofMinutes(2)).done()) {
      throw new IllegalStateException("the template batch did not finish within 2 minutes");
    }
    UUID big = UUID.randomUUID();
    Map<String, Object> out = report.scenario(name());
    out.put("description", description());
    out.put("batch_id", big.toString());
    try (Connection db = context.stack().database()) {
      long started = System.nanoTime();
      insertBigBatch(db, UUID.fromString(template), big);
      out.put("insert_items_seconds", Report.round((System.nanoTime() - started) / 1e9, 1));
      started = System.nanoTime();
      insertListBatches(db, UUID.fromString(template));
      out.put("insert_batches_seconds", Report.round((System.nanoTime() - started) / 1e9, 1));
    }
    int lastPage = (items + PAGE_SIZE - 1) / PAGE_SIZE;
    String itemsPath = "/v1/batch/scrape/" + big;
    JsonNode list = api.get("/v1/batch/scrape?page=1").expect(200).json();
    long listTotal = list.path("pagination").path("total").asLong();
    int listLastPage = Math.max(1, list.path("pagination").path("total_pages").asInt());
    out.put("tenant_batches", listTotal);

    context.monitor.awaitQuiet(Duration.ofSeconds(60));
    Map<String, Object> beforeVacuum = measure(api, itemsPath + "?page=" + lastPage, 50);
    out.put("last_page_before_vacuum", beforeVacuum);
    try (Connection db = context.stack().database();
        Statement statement = db.createStatement()) {
      long started = System.nanoTime();
      statement.execute("VACUUM (ANALYZE) items");
      statement.execute("VACUUM (ANALYZE) batches");
      out.put("vacuum_seconds", Report.round((System.nanoTime() - started) / 1e9, 1));
    }
    context.monitor.awaitQuiet(Duration.ofSeconds(60));

    Monitor.Window window = context.monitor.open();
    Map<String, Map<String, Object>> measured = new LinkedHashMap<>();
    measured.put("page 1, real-size results", measure(api, itemsPath + "?page=1", SAMPLES));
    measured.put(
        "last page (" + lastPage + "), real-size results",
        measure(api, itemsPath + "?page=" + lastPage, SAMPLES));
    measured.put("page 2, small results", measure(api, itemsPath + "?page=2", SAMPLES));
    measured.put(
        "page " + (lastPage - 1) + ", small results",
        measure(api, itemsPath + "?page=" + (lastPage - 1), SAMPLES));
    measured.put("batch list page 1", measure(api, "/v1/batch/scrape?page=1", SAMPLES));
    measured.put(
        "batch list last page (" + listLastPage + ")",
        measure(api, "/v1/batch/scrape?page=" + listLastPage, SAMPLES));
    report.usage(name(), window.close(), 0);
    out.put("pages", measured);

    String bigLabel = Report.fmt(items, 0) + "-item batch, ";
    for (Map.Entry<String, Map<String, Object>> entry : measured.entrySet()) {
      Map<String, Object> figures = entry.getValue();
      double p99 = (Double) figures.get("p99_ms");
      boolean isList = entry.getKey().startsWith("batch list");
      String label =
          (isList
                  ? Report.fmt(listTotal, 0) + " batches, " + entry.getKey().substring(6)
                  : bigLabel + entry.getKey())
              + ", p50 / p99 ("
              + Report.fmt(((Number) figures.get("response_kb")).doubleValue(), 0)
              + " KB)";
      report.row(
          name(),
          label,
          Report.fmt((Double) figures.get("p50_ms"), 1) + " / " + Report.fmt(p99, 1) + " ms",
          "p99 < 20 ms",
          p99 < 20);
    }
    report.row(
        name(),
        bigLabel + "last page, real-size results, before VACUUM, p50 / p99 (50 runs)",
        Report.fmt((Double) beforeVacuum.get("p50_ms"), 1)
            + " / "
            + Report.fmt((Double) beforeVacuum.get("p99_ms"), 1)
            + " ms");
  }

  /** {@code samples} sequential GETs after a short warm-up, bounded in time. */
  private static Map<String, Object> measure(Api api, String path, int samples) {
    for (int i = 0; i < WARM_UP; i++) {
      api.get(path).expect(200);
    }
    List<Double> millis = new ArrayList<>();
    long deadline = System.nanoTime() + LOOP_BUDGET.toNanos();
    int bytes = 0;
    int results = -1;
    while (millis.size() < samples && System.nanoTime() < deadline) {
      Api.Answer answer = api.get(path).expect(200);
      millis.add(answer.millis());
      bytes = answer.body().length();
      if (results < 0) {
        JsonNode body = answer.json();
        results = body.has("results") ? body.get("results").size() : body.path("jobs").size();
      }
    }
    double[] values = millis.stream().mapToDouble(Double::doubleValue).toArray();
    Map<String, Object> out = Report.latencies(values);
    out.put("path", path);
    out.put("entries_on_page", results);
    out.put("response_kb", Report.round(bytes / 1024.0, 1));
    System.out.printf(
        "  %s: p50 %.1f ms, p99 %.1f ms (%d entries, %.0f KB)%n",
        path, out.get("p50_ms"), out.get("p99_ms"), results, bytes / 1024.0);
    return out;
  }

  private void insertBigBatch(Connection db, UUID template, UUID big) throws SQLException {
    Map<String, String> batchValues = new LinkedHashMap<>();
    batchValues.put("id", "?::uuid");
    batchValues.put("status", "'completed'");
    batchValues.put("total", "" + items);
    batchValues.put("completed", "" + items);
    batchValues.put("failed", "0");
    batchValues.put("cancelled", "0");
    batchValues.put("idempotency_key", "NULL");
    batchValues.put("request_hash", "NULL");
    batchValues.put("created_at", "now()");
    batchValues.put("finished_at", "now()");
    batchValues.put("expires_at", "now() + interval '1 day'");
    String batchSql = copySql(db, "batches", batchValues, "(SELECT * FROM batches WHERE id = ?) t");
    try (PreparedStatement insert = db.prepareStatement(batchSql)) {
      insert.setString(1, big.toString());
      insert.setObject(2, template);
      insert.executeUpdate();
    }
    Map<String, String> itemValues = new LinkedHashMap<>();
    itemValues.put("batch_id", "?::uuid");
    itemValues.put("input_index", "g");
    itemValues.put("position", "g");
    itemValues.put("url", "'http://127.0.0.' || (2 + g % 50) || '/page/' || g");
    itemValues.put("status", "'completed'");
    itemValues.put("data", "t.small_data");
    itemValues.put("finished_at", "now()");
    // The template item, its Markdown cut once (a materialized CTE), then copied row by row.
    String itemSql =
        "WITH t AS MATERIALIZED (SELECT i.*, jsonb_set(i.data, '{markdown}',"
            + " to_jsonb(left(i.data ->> 'markdown', "
            + SMALL_MARKDOWN
            + "))) AS small_data FROM items i WHERE i.batch_id = ? AND i.status = 'completed'"
            + " ORDER BY i.input_index LIMIT 1) "
            + copySql(db, "items", itemValues, "generate_series(?, ?) AS g, t");
    int chunk = 100_000;
    for (int from = 0; from < items; from += chunk) {
      int to = Math.min(items, from + chunk) - 1;
      try (PreparedStatement insert = db.prepareStatement(itemSql)) {
        insert.setObject(1, template);
        insert.setString(2, big.toString());
        insert.setInt(3, from);
        insert.setInt(4, to);
        int inserted = insert.executeUpdate();
        if (inserted != to - from + 1) {
          throw new IllegalStateException(
              "inserted " + inserted + " items instead of " + (to - from + 1));
        }
      }
      System.out.printf("  inserted items %,d..%,d%n", from, to);
    }
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE items SET data = t.data FROM (SELECT data FROM items WHERE batch_id = ? AND"
                + " status = 'completed' ORDER BY input_index LIMIT 1) t"
                + " WHERE items.batch_id = ? AND (items.input_index < ? OR items.input_index >= ?)")) {
      update.setObject(1, template);
      update.setObject(2, big);
      update.setInt(3, PAGE_SIZE);
      update.setInt(4, items - PAGE_SIZE);
      update.executeUpdate();
    }
  }

  private void insertListBatches(Connection db, UUID template) throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("id", "gen_random_uuid()");
    values.put("status", "'completed'");
    values.put("total", "10");
    values.put("completed", "10");
    values.put("failed", "0");
    values.put("cancelled", "0");
    values.put("idempotency_key", "NULL");
    values.put("request_hash", "NULL");
    values.put("created_at", "now() - interval '1 hour' - g * interval '1 second'");
    values.put("finished_at", "now() - interval '1 hour' - g * interval '1 second'");
    values.put("expires_at", "now() + interval '1 day'");
    String sql =
        copySql(
            db,
            "batches",
            values,
            "generate_series(1, ?) AS g, (SELECT * FROM batches WHERE id = ?) t");
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      insert.setInt(1, batches);
      insert.setObject(2, template);
      insert.executeUpdate();
    }
    System.out.printf("  inserted %,d batches%n", batches);
  }

  /**
   * {@code INSERT INTO table (every column) SELECT ... FROM source}: a column named in {@code
   * values} gets that expression, every other one the template row's value ({@code t.column}).
   */
  private static String copySql(
      Connection db, String table, Map<String, String> values, String source) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      select.setString(1, table);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          columns.add(row.getString(1));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalStateException("no table " + table + " in the database");
    }
    List<String> expressions = new ArrayList<>();
    for (String column : columns) {
      expressions.add(values.getOrDefault(column, "t." + column));
    }
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") SELECT "
        + String.join(", ", expressions)
        + " FROM "
        + source;
  }
}
