package io.scrapeline.sitemapworker.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.model.json.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkChunksTest {

  @Test
  void anEmptyListIsOneEmptyChunk() {
    assertThat(LinkChunks.split(List.of(), 10, 1000)).containsExactly(List.of());
  }

  @Test
  void chunksHoldAtMostTheLinkCountInOrder() {
    List<String> links = links(25, 10);
    List<List<String>> chunks = LinkChunks.split(links, 10, Long.MAX_VALUE);

    assertThat(chunks).extracting(List::size).containsExactly(10, 10, 5);
    assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(links);
  }

  @Test
  void chunksStayUnderTheByteBudgetAsJacksonWritesThem() {
    List<String> links = links(100, 2000);
    long budget = 20_000;
    List<List<String>> chunks = LinkChunks.split(links, 10_000, budget);

    assertThat(chunks).hasSizeGreaterThan(1);
    for (List<String> chunk : chunks) {
      assertThat((long) WireJson.write(chunk).length).isLessThanOrEqualTo(budget);
    }
    assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(links);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://a.example/plain",
        "https://a.example/quote\"back\\slash",
        "https://a.example/caf\u00e9/\u4e2d\u6587/\ud83d\ude00",
        "https://a.example/control\u0001",
      })
  void theByteCountOfALinkIsItsJsonStringContent(String link) {
    int quotes = 2;
    assertThat(LinkChunks.jsonBytes(link)).isEqualTo(WireJson.write(link).length - quotes);
  }

  /** {@code n} distinct links of about {@code length} characters. */
  private static List<String> links(int n, int length) {
    List<String> links = new ArrayList<>();
    IntStream.range(0, n)
        .forEach(i -> links.add("https://a.example/" + i + "/" + "x".repeat(length)));
    return links;
  }
}
