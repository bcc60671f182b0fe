package io.scrapeline.model;

import static io.scrapeline.model.Samples.BATCH_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitemapResultTest {

  private static final String URL = "https://example.com/sitemap.xml";
  private static final ItemError ERROR = new ItemError(ItemErrorCode.PARSE_ERROR, "not XML");

  @Test
  void completedFactoryBuildsOneChunkCountingItsLinks() {
    SitemapResult result = Samples.completedSitemap();

    assertThat(result.status()).isEqualTo(ItemStatus.COMPLETED);
    assertThat(result.chunkIndex()).isZero();
    assertThat(result.chunkCount()).isEqualTo(1);
    assertThat(result.linkCount()).isEqualTo(2);
    assertThat(result.error()).isNull();
  }

  @Test
  void failedFactoryBuildsOneChunkWithoutLinks() {
    SitemapResult result = Samples.failedSitemap();

    assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
    assertThat(result.links()).isEmpty();
    assertThat(result.linkCount()).isZero();
    assertThat(result.error().code()).isEqualTo(ItemErrorCode.DNS_FAILURE);
  }

  @ParameterizedTest(name = "{0} links in chunks of {1} -> {2} chunks")
  @CsvSource({"0, 10, 1", "1, 10, 1", "10, 10, 1", "11, 10, 2", "25, 10, 3"})
  void chunkedSplitsLinksIntoNumberedChunksThatAddUp(int links, int perChunk, int chunks) {
    List<String> all = IntStream.range(0, links).mapToObj(i -> "https://e.example/" + i).toList();

    List<SitemapResult> results = SitemapResult.chunked(BATCH_ID, 0, URL, all, perChunk, null);

    assertThat(results).hasSize(chunks);
    assertThat(results).extracting(SitemapResult::chunkCount).containsOnly(chunks);
    assertThat(results).extracting(SitemapResult::linkCount).containsOnly(links);
    assertThat(results)
        .extracting(SitemapResult::chunkIndex)
        .containsExactlyElementsOf(IntStream.range(0, chunks).boxed().toList());
    assertThat(results.stream().flatMap(r -> r.links().stream()).toList()).isEqualTo(all);
  }

  @ParameterizedTest(name = "chunk {0} of {1}, {2} links in total")
  @CsvSource({
    "-1, 1, 0, chunkIndex must be between 0 and 0 but was -1",
    "1,  1, 0, chunkIndex must be between 0 and 0 but was 1",
    "0,  0, 0, chunkCount must be at least 1 but was 0",
    "0,  2, 0, linkCount must be at least 1 but was 0",
    "0,  1, 5, linkCount of a single chunk must equal its 1 links but was 5",
  })
  void impossibleChunkArithmeticIsRejected(
      int chunkIndex, int chunkCount, int linkCount, String message) {
    assertThatThrownBy(
            () ->
                new SitemapResult(
                    1,
                    BATCH_ID,
                    0,
                    URL,
                    ItemStatus.COMPLETED,
                    List.of("https://e.example/"),
                    chunkIndex,
                    chunkCount,
                    linkCount,
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void completedWithErrorAndFailedWithoutErrorAreRejected() {
    assertThatThrownBy(() -> result(ItemStatus.COMPLETED, List.of(), ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a completed result must not carry an error");
    assertThatThrownBy(() -> result(ItemStatus.FAILED, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a failed result must carry an error");
  }

  @Test
  void failedWithLinksIsRejected() {
    assertThatThrownBy(() -> result(ItemStatus.FAILED, List.of("https://e.example/"), ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a failed result must be one chunk without links");
  }

  @Test
  void pendingIsNotAResultStatus() {
    assertThatThrownBy(() -> result(ItemStatus.PENDING, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be completed or failed");
  }

  @Test
  void nullLinksReadAsEmpty() {
    assertThat(result(ItemStatus.COMPLETED, null, null).links()).isEmpty();
  }

  private static SitemapResult result(ItemStatus status, List<String> links, ItemError error) {
    int count = links == null ? 0 : links.size();
    return new SitemapResult(1, BATCH_ID, 0, URL, status, links, 0, 1, count, null, error);
  }
}
