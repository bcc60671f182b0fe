package io.scrapeline.model.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.model.BatchControl;
import io.scrapeline.model.Samples;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.SitemapResult;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a record can be unreadable ends in a MalformedRecordException with a clear reason. */
class MalformedRecordTest {

  private static final ObjectMapper MAPPER = WireJson.mapper();

  @ParameterizedTest(name = "{0}.{1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "request | v                     | 2            | unsupported schema version v=2",
        "request | v                     | 0            | unsupported schema version v=0",
        "request | input_index           | -1           | inputIndex must be at least 0 but was -1",
        "request | tenant                | '\"  \"'     | tenant must not be blank",
        "request | batch_id              | '\"nope\"'   | invalid record at batch_id",
        "request | options.formats       | '[\"pdf\"]'  | unknown format 'pdf'; allowed: markdown, html, raw_html, links",
        "request | options.formats       | '[]'         | formats must not be empty",
        "request | options.timeout_ms    | 10           | timeoutMs must be between 1000 and 300000",
        "request | enqueued_at           | '\"today\"'  | invalid record at enqueued_at",
        "result  | status                | '\"pending\"'| status must be completed or failed, not pending",
        "result  | error                 | '{\"code\":\"timeout\",\"message\":\"m\"}' | a completed result must not carry an error",
        "result  | metadata.status_code  | 42           | statusCode must be between 100 and 599",
        "failed  | error.code            | '\"teapot\"' | unknown item error code 'teapot'",
        "failed  | error                 | null         | a failed result must carry an error",
      })
  void invalidValuesAreMalformed(String sample, String path, String json, String reason)
      throws Exception {
    byte[] bytes = replace(sample(sample), path, json);

    assertThatThrownBy(() -> WireJson.read(bytes, type(sample)))
        .isInstanceOf(MalformedRecordException.class)
        .satisfies(e -> assertThat(((MalformedRecordException) e).reason()).contains(reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"v", "input_index"})
  void missingRequiredNumbersAreMalformedRatherThanZero(String field) throws Exception {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(WireJson.write(Samples.scrapeRequest()));
    tree.remove(field);

    assertThatThrownBy(() -> WireJson.read(tree.toString().getBytes(UTF_8), ScrapeRequest.class))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage(
            "ScrapeRequest: invalid record at "
                + field
                + ": Missing required creator property '"
                + field
                + "' (index "
                + (field.equals("v") ? 0 : 3)
                + ")");
  }

  @Test
  void explicitNullForANumberIsMalformed() throws Exception {
    byte[] bytes = replace(Samples.completedSitemap(), "chunk_count", "null");

    assertThatThrownBy(() -> WireJson.read(bytes, SitemapResult.class))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageStartingWith("SitemapResult: invalid record at chunk_count: Cannot map `null`");
  }

  @Test
  void missingObjectFieldIsMalformed() throws Exception {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(WireJson.write(Samples.cancel()));
    tree.remove("batch_id");

    assertThatThrownBy(() -> WireJson.read(tree.toString().getBytes(UTF_8), BatchControl.class))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage("BatchControl: invalid value: batchId must not be null");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"not json", "{", "{\"v\":1,}", "[1,2]", "\"a string\"", "{\"v\":1} trailing"})
  void unparseableOrMisshapenJsonIsMalformed(String text) {
    assertThatThrownBy(() -> WireJson.read(text.getBytes(UTF_8), ScrapeRequest.class))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageStartingWith("ScrapeRequest: ");
  }

  @Test
  void garbageBytesAreMalformed() {
    byte[] garbage = new byte[256];
    new Random(42).nextBytes(garbage);

    assertThatThrownBy(() -> WireJson.read(garbage, ScrapeResult.class))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageStartingWith("ScrapeResult: unparseable JSON");
  }

  @Test
  void emptyBytesAreMalformed() {
    assertThatThrownBy(() -> WireJson.read(new byte[0], ScrapeResult.class))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage("ScrapeResult: empty record");
  }

  @Test
  void reasonsAreCutToABoundedLength() throws Exception {
    byte[] bytes =
        replace(Samples.scrapeRequest(), "options.formats", "[\"" + "x".repeat(10_000) + "\"]");

    assertThatThrownBy(() -> WireJson.read(bytes, ScrapeRequest.class))
        .isInstanceOf(MalformedRecordException.class)
        .satisfies(
            e ->
                assertThat(((MalformedRecordException) e).reason())
                    .hasSize(WireJson.MAX_REASON_LENGTH)
                    .endsWith("..."));
  }

  private static Object sample(String name) {
    return switch (name) {
      case "request" -> Samples.scrapeRequest();
      case "result" -> Samples.completedScrape();
      case "failed" -> Samples.failedScrape();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static Class<?> type(String name) {
    return name.equals("request") ? ScrapeRequest.class : ScrapeResult.class;
  }

  /** The JSON of {@code record} with the field at dotted {@code path} set to raw {@code json}. */
  private static byte[] replace(Object record, String path, String json) throws Exception {
    JsonNode root = MAPPER.readTree(WireJson.write(record));
    String[] parts = path.split("\\.");
    ObjectNode parent = (ObjectNode) root;
    for (int i = 0; i < parts.length - 1; i++) {
      parent = (ObjectNode) parent.get(parts[i]);
    }
    parent.set(parts[parts.length - 1], MAPPER.readTree(json));
    return root.toString().getBytes(UTF_8);
  }
}
