package io.scrapeline.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UrlListTest {

  @Test
  void readsOneUrlALineSkippingBlankLinesAndComments() throws Exception {
    try (var reader =
        Files.newBufferedReader(
            Path.of(ScrapeOptionsParserTest.URLS_FILE), StandardCharsets.UTF_8)) {
      assertThat(UrlList.read(reader))
          .containsExactly(
              "https://example.com/",
              "https://example.com/a",
              "ftp://example.com/not-a-web-page",
              "https://example.com/fail",
              "https://example.org/b?x=1#frag");
    }
  }

  @Test
  void acceptsWindowsLineEndingsAndAByteOrderMark() throws Exception {
    String text = "\uFEFFhttps://example.com/a\r\n\r\n  # note\r\nhttps://example.com/b\r\n";

    assertThat(UrlList.read(new StringReader(text)))
        .containsExactly("https://example.com/a", "https://example.com/b");
  }

  @Test
  void keepsDuplicatesAndInvalidLinesForTheApiToJudge() throws Exception {
    String text = "https://example.com/a\nnot a url\nhttps://example.com/a\n";

    assertThat(UrlList.read(new StringReader(text)))
        .containsExactly("https://example.com/a", "not a url", "https://example.com/a");
  }
}
