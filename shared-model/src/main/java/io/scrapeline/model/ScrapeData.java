package io.scrapeline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The extracted outputs of one page; a format that was not requested stays null.
 *
 * @param markdown GitHub-flavoured Markdown of the page
 * @param html the cleaned HTML
 * @param rawHtml the page as served
 * @param links absolute, de-duplicated outgoing links in page order
 */
public record ScrapeData(String markdown, String html, String rawHtml, List<String> links) {

  /** Takes an immutable copy of {@code links} when present; it must not contain null. */
  public ScrapeData {
    if (links != null) {
      if (links.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException("links must not contain null");
      }
      links = List.copyOf(new ArrayList<>(links));
    }
  }
}
