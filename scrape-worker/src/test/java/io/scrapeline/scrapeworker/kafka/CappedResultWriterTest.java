package io.scrapeline.scrapeworker.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.model.ScrapeData;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.json.WireJson;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CappedResultWriterTest {

  private static final int MiB = 1024 * 1024;

  private static ScrapeResult result(String markdown, String html, String raw, List<String> links) {
    return ScrapeResult.completed(
        UUID.randomUUID(),
        0,
        "https://e.example/",
        new ScrapeData(markdown, html, raw, links),
        null);
  }

  @Test
  void aSmallResultIsWrittenAsItIs() {
    ScrapeResult small = result("# A", "<h1>A</h1>", "<html>", List.of("https://e.example/b"));

    assertThat(new CappedResultWriter(8 * MiB).write(small)).isEqualTo(WireJson.write(small));
  }

  @Test
  void rawHtmlIsTrimmedFirstSoTheMarkdownSurvives() {
    ScrapeResult big = result("m".repeat(MiB), "h".repeat(2 * MiB), "r".repeat(7 * MiB), List.of());

    byte[] json = new CappedResultWriter(8 * MiB).write(big);

    assertThat(json.length).isLessThanOrEqualTo(8 * MiB);
    ScrapeData data = WireJson.read(json, ScrapeResult.class).data();
    assertThat(data.markdown()).hasSize(MiB);
    assertThat(data.html()).hasSize(2 * MiB);
    assertThat(data.rawHtml()).hasSizeBetween(4 * MiB, 5 * MiB);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "é", "€", "\u0001", "😀"})
  void everythingIsCutUntilTheRecordFitsWhateverTheCharacters(String unit) {
    List<String> links =
        IntStream.range(0, 2000).mapToObj(i -> "https://e.example/page/" + i).toList();
    ScrapeResult big =
        result(unit.repeat(100_000), unit.repeat(100_000), unit.repeat(100_000), links);

    byte[] json = new CappedResultWriter(20_000).write(big);

    assertThat(json.length).isLessThanOrEqualTo(20_000);
    ScrapeData data = WireJson.read(json, ScrapeResult.class).data();
    assertThat(data.rawHtml()).isEmpty();
    assertThat(data.html()).isEmpty();
    assertThat(data.links()).isNotEmpty();
  }
}
