package io.scrapeline.scrapeworker.extract;

import io.scrapeline.model.Format;
import io.scrapeline.model.ScrapeOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Fixture pages from src/test/resources/pages and request options for them. */
final class Pages {

  private Pages() {}

  static byte[] bytes(String name) {
    try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture page " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScrapeOptions options(boolean onlyMainContent, Format... formats) {
    return options(onlyMainContent, List.of(), List.of(), formats);
  }

  static ScrapeOptions options(
      boolean onlyMainContent, List<String> include, List<String> exclude, Format... formats) {
    return new ScrapeOptions(
        List.of(formats), onlyMainContent, include, exclude, Map.of(), 30_000, 0);
  }
}
