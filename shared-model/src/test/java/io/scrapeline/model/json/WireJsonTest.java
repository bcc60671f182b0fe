package io.scrapeline.model.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.model.BatchControl;
import io.scrapeline.model.Samples;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.model.WireMessage;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WireJsonTest {

  static Stream<WireMessage> everyKindOfMessage() {
    return Stream.of(
        Samples.scrapeRequest(),
        Samples.completedScrape(),
        Samples.failedScrape(),
        Samples.sitemapRequest(),
        Samples.completedSitemap(),
        Samples.failedSitemap(),
        SitemapResult.chunked(
                Samples.BATCH_ID, 2, "https://e.example/", List.of("a", "b", "c"), 2, null)
            .get(1),
        Samples.cancel());
  }

  @ParameterizedTest
  @MethodSource("everyKindOfMessage")
  void everyMessageSurvivesARoundTrip(WireMessage message) {
    byte[] json = WireJson.write(message);

    assertThat(WireJson.read(json, message.getClass())).isEqualTo(message);
  }

  @ParameterizedTest
  @MethodSource("everyKindOfMessage")
  void unknownFieldsAreIgnoredAtEveryLevel(WireMessage message) throws Exception {
    ObjectNode tree = (ObjectNode) WireJson.mapper().readTree(WireJson.write(message));
    tree.put("added_in_a_later_minor_change", "x");
    tree.putObject("another_new_object").put("nested", 1);
    tree.fields()
        .forEachRemaining(
            field -> {
              if (field.getValue() instanceof ObjectNode nested) {
                nested.put("unknown_nested_field", true);
              }
            });

    assertThat(WireJson.read(tree.toString().getBytes(UTF_8), message.getClass()))
        .isEqualTo(message);
  }

  @Test
  void fieldNamesAreSnakeCaseOnTheWire() {
    String request = json(Samples.scrapeRequest());
    String result = json(Samples.completedScrape());

    assertThat(request)
        .contains("\"v\":1", "\"batch_id\":\"" + Samples.BATCH_ID + "\"", "\"input_index\":7")
        .contains("\"only_main_content\":false", "\"timeout_ms\":45000", "\"max_retries\":3")
        .contains(
            "\"include_tags\":[\"article\"]", "\"formats\":[\"markdown\",\"raw_html\",\"links\"]")
        .doesNotContain("batchId", "inputIndex", "enqueuedAt");
    assertThat(result)
        .contains(
            "\"raw_html\":\"<h1>A</h1>\"", "\"status_code\":200", "\"og_title\":\"A on Example\"")
        .contains("\"site_name\":\"Example\"", "\"retry_count\":1", "\"status\":\"completed\"");
  }

  @Test
  void headerNamesAreKeptAsGiven() {
    assertThat(json(Samples.scrapeRequest())).contains("\"headers\":{\"Accept-Language\":\"en\"}");
  }

  @Test
  void instantsAreIso8601Strings() {
    assertThat(json(Samples.scrapeRequest())).contains("\"enqueued_at\":\"2026-11-23T10:00:00Z\"");
    assertThat(json(Samples.cancel())).contains("\"at\":\"2026-11-23T10:00:00Z\"");
  }

  @Test
  void instantsWithAnOffsetAreReadAsTheSameMoment() {
    String json = json(Samples.cancel()).replace("10:00:00Z", "11:00:00+01:00");

    assertThat(WireJson.read(json.getBytes(UTF_8), BatchControl.class).at()).isEqualTo(Samples.AT);
  }

  @Test
  void nullsAreWrittenAsNull() {
    assertThat(json(Samples.completedScrape())).contains("\"html\":null", "\"error\":null");
    assertThat(json(Samples.failedScrape())).contains("\"data\":null", "\"final_url\":null");
  }

  @Test
  void configureGivesAnExistingMapperTheWireSettings() throws Exception {
    ObjectMapper mapper = WireJson.configure(new ObjectMapper());
    String json = mapper.writeValueAsString(Samples.scrapeRequest());

    assertThat(json).isEqualTo(json(Samples.scrapeRequest()));
    assertThat(
            mapper.readValue(
                "{\"unknown\":1,\"v\":1,\"batch_id\":\""
                    + Samples.BATCH_ID
                    + "\",\"action\":\"cancel\",\"at\":\"2026-11-23T10:00:00Z\"}",
                BatchControl.class))
        .isEqualTo(Samples.cancel());
  }

  @Test
  void mapperHandsOutCopiesThatCannotChangeTheSharedConfiguration() {
    ObjectMapper mine = WireJson.mapper();
    mine.setPropertyNamingStrategy(null);

    assertThat(WireJson.mapper()).isNotSameAs(mine);
    assertThat(json(Samples.cancel())).contains("batch_id");
  }

  @Test
  void mapsAndEnumsWriteAsPlainJson() {
    assertThat(new String(WireJson.write(Map.of("k", 1)), UTF_8)).isEqualTo("{\"k\":1}");
  }

  @Test
  void writeRejectsNull() {
    assertThatThrownBy(() -> WireJson.write(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void readOfAnAbsentValueIsMalformed() {
    assertThatThrownBy(() -> WireJson.read(null, ScrapeRequest.class))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage("ScrapeRequest: empty record");
    assertThatThrownBy(() -> WireJson.read("null".getBytes(UTF_8), ScrapeResult.class))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage("ScrapeResult: record is JSON null");
  }

  private static String json(Object value) {
    return new String(WireJson.write(value), UTF_8);
  }
}
