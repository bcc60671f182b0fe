package io.scrapeline.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scrapeline.model.Samples;
import io.scrapeline.model.WireMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the version-1 wire format to the files in src/test/resources/wire: a change that alters the
 * bytes other services read shows up here first.
 */
class WireFixturesTest {

  private static final ObjectMapper MAPPER = WireJson.mapper();

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("scrape-request.json", Samples.scrapeRequest()),
        Arguments.of("scrape-result-completed.json", Samples.completedScrape()),
        Arguments.of("scrape-result-failed.json", Samples.failedScrape()),
        Arguments.of("sitemap-request.json", Samples.sitemapRequest()),
        Arguments.of("sitemap-result-completed.json", Samples.completedSitemap()),
        Arguments.of("sitemap-result-failed.json", Samples.failedSitemap()),
        Arguments.of("batch-control-cancel.json", Samples.cancel()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureReadsAsTheSampleRecord(String file, WireMessage expected) throws IOException {
    assertThat(WireJson.read(fixture(file), expected.getClass())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void sampleRecordWritesExactlyTheFixturesFields(String file, WireMessage sample)
      throws IOException {
    assertThat(MAPPER.readTree(WireJson.write(sample))).isEqualTo(MAPPER.readTree(fixture(file)));
  }

  private static byte[] fixture(String file) throws IOException {
    try (InputStream in = WireFixturesTest.class.getResourceAsStream("/wire/" + file)) {
      assertThat(in).as("fixture %s", file).isNotNull();
      return in.readAllBytes();
    }
  }
}
