package io.scrapeline.scrapeworker.extract.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the extraction corpus in src/test/resources/corpus: the HTML as served, the
 * Content-Type it is served with, the language a reader sees, and the hand-marked reference text of
 * its main content ({@code bench/extraction/corpus-authoring} says how the corpus was written).
 *
 * @param name file name without extension
 * @param contentType the Content-Type header to serve the page with
 * @param language the page's language: its html lang, else the language its text is written in
 * @param html the page's bytes
 * @param reference the main text as a reader judges it
 */
public record CorpusPage(
    String name, String contentType, String language, byte[] html, String reference) {

  /** The URL the page is served from. */
  public URI url() {
    return URI.create("https://corpus.example.com/pages/" + name + ".html");
  }

  /** Every page listed in corpus/index.csv, in its order. */
  public static List<CorpusPage> all() {
    String index = new String(resource("index.csv"), StandardCharsets.UTF_8);
    List<CorpusPage> pages = new ArrayList<>();
    for (String line : index.strip().split("\n")) {
      if (line.startsWith("name,")) {
        continue;
      }
      String[] fields = line.split(",");
      pages.add(
          new CorpusPage(
              fields[0],
              fields[1],
              fields[2],
              resource(fields[0] + ".html"),
              new String(resource(fields[0] + ".txt"), StandardCharsets.UTF_8)));
    }
    return pages;
  }

  private static byte[] resource(String file) {
    try (InputStream in = CorpusPage.class.getResourceAsStream("/corpus/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
