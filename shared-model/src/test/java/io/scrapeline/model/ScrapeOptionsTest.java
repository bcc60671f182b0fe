package io.scrapeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScrapeOptionsTest {

  @Test
  void defaultsAskForMainContentMarkdown() {
    ScrapeOptions defaults = ScrapeOptions.defaults();

    assertThat(defaults.formats()).containsExactly(Format.MARKDOWN);
    assertThat(defaults.onlyMainContent()).isTrue();
    assertThat(defaults.includeTags()).isEmpty();
    assertThat(defaults.excludeTags()).isEmpty();
    assertThat(defaults.headers()).isEmpty();
    assertThat(defaults.timeoutMs()).isEqualTo(30_000);
    assertThat(defaults.maxRetries()).isEqualTo(2);
  }

  @Test
  void nullTagsAndHeadersReadAsEmpty() {
    ScrapeOptions options =
        new ScrapeOptions(List.of(Format.HTML), true, null, null, null, 1000, 0);

    assertThat(options.includeTags()).isEmpty();
    assertThat(options.excludeTags()).isEmpty();
    assertThat(options.headers()).isEmpty();
  }

  @Test
  void collectionsAreImmutableCopies() {
    List<Format> formats = new ArrayList<>(List.of(Format.HTML));
    List<String> tags = new ArrayList<>(List.of("main"));
    Map<String, String> headers = new HashMap<>(Map.of("Accept", "text/html"));

    ScrapeOptions options = new ScrapeOptions(formats, true, tags, tags, headers, 1000, 0);
    formats.add(Format.LINKS);
    tags.add("nav");
    headers.put("X-Other", "1");

    assertThat(options.formats()).containsExactly(Format.HTML);
    assertThat(options.includeTags()).containsExactly("main");
    assertThat(options.headers()).containsOnlyKeys("Accept");
    assertThatThrownBy(() -> options.formats().add(Format.LINKS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> options.headers().put("a", "b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void duplicateFormatsAreDroppedKeepingFirstOccurrenceOrder() {
    ScrapeOptions options =
        new ScrapeOptions(
            List.of(Format.LINKS, Format.MARKDOWN, Format.LINKS), true, null, null, null, 1000, 0);

    assertThat(options.formats()).containsExactly(Format.LINKS, Format.MARKDOWN);
  }

  @ParameterizedTest(name = "timeoutMs={0}, maxRetries={1} -> {2}")
  @CsvSource({
    "1000,   0,  ok",
    "300000, 10, ok",
    "999,    0,  timeoutMs must be between 1000 and 300000 but was 999",
    "300001, 0,  timeoutMs must be between 1000 and 300000 but was 300001",
    "1000,   -1, maxRetries must be between 0 and 10 but was -1",
    "1000,   11, maxRetries must be between 0 and 10 but was 11",
  })
  void timeoutAndRetriesMustBeInRange(int timeoutMs, int maxRetries, String outcome) {
    if (outcome.equals("ok")) {
      assertThat(options(timeoutMs, maxRetries).timeoutMs()).isEqualTo(timeoutMs);
    } else {
      assertThatThrownBy(() -> options(timeoutMs, maxRetries))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(outcome);
    }
  }

  @Test
  void formatsMustBePresentAndNotEmpty() {
    assertThatThrownBy(() -> new ScrapeOptions(null, true, null, null, null, 1000, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("formats must not be null");
    assertThatThrownBy(() -> new ScrapeOptions(List.of(), true, null, null, null, 1000, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("formats must not be empty");
  }

  @Test
  void blankTagsAreRejected() {
    assertThatThrownBy(
            () -> new ScrapeOptions(List.of(Format.HTML), true, List.of(" "), null, null, 1000, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("includeTags");
  }

  @ParameterizedTest
  @CsvSource({
    "'Bad Name', x",
    "'Colon:', x",
    "X-Ok, 'line\nbreak'",
    "X-Ok, 'carriage\rreturn'",
  })
  void headersThatCouldInjectLinesAreRejected(String name, String value) {
    assertThatThrownBy(
            () ->
                new ScrapeOptions(
                    List.of(Format.HTML), true, null, null, Map.of(name, value), 1000, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header");
  }

  @Test
  void refusesMoreHeadersThanTheLimit() {
    Map<String, String> headers = new HashMap<>();
    for (int i = 0; i <= ScrapeOptions.MAX_HEADERS; i++) {
      headers.put("X-Header-" + i, "v");
    }
    assertThatThrownBy(() -> withHeaders(headers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + ScrapeOptions.MAX_HEADERS + " headers");
    headers.remove("X-Header-0");
    assertThat(withHeaders(headers).headers()).hasSize(ScrapeOptions.MAX_HEADERS);
  }

  @Test
  void refusesAHeaderValueOverTheLimit() {
    String longest = "v".repeat(ScrapeOptions.MAX_HEADER_VALUE_CHARS);
    assertThat(withHeaders(Map.of("X-Long", longest)).headers()).containsKey("X-Long");
    assertThatThrownBy(() -> withHeaders(Map.of("X-Long", longest + "v")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than " + ScrapeOptions.MAX_HEADER_VALUE_CHARS);
  }

  private static ScrapeOptions withHeaders(Map<String, String> headers) {
    return new ScrapeOptions(List.of(Format.HTML), true, null, null, headers, 1000, 0);
  }

  private static ScrapeOptions options(int timeoutMs, int maxRetries) {
    return new ScrapeOptions(
        List.of(Format.MARKDOWN), true, null, null, null, timeoutMs, maxRetries);
  }
}
