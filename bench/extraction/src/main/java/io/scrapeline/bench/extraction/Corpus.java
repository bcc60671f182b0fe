package io.scrapeline.bench.extraction;

import io.scrapeline.scrapeworker.extract.PageSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction corpus of scrape-worker/src/test/resources/corpus, read from a directory: each
 * page as the worker receives it, with its reference text.
 *
 * @param name the page's file name without extension
 * @param source the page as fetched
 * @param reference its main text as a reader judges it
 */
record Corpus(String name, PageSource source, String reference) {

  /** The directory named by -Dcorpus, else the corpus of the checkout this runs from. */
  static Path directory() {
    return Path.of(System.getProperty("corpus", "../../scrape-worker/src/test/resources/corpus"));
  }

  static List<Corpus> load(Path directory) {
    try {
      List<Corpus> pages = new ArrayList<>();
      for (String line : Files.readAllLines(directory.resolve("index.csv"))) {
        if (line.isBlank() || line.startsWith("name,")) {
          continue;
        }
        String[] fields = line.split(",");
        String name = fields[0];
        byte[] html = Files.readAllBytes(directory.resolve(name + ".html"));
        URI url = URI.create("https://corpus.example.com/pages/" + name + ".html");
        pages.add(
            new Corpus(
                name,
                new PageSource(html, fields[1], null, url),
                Files.readString(directory.resolve(name + ".txt"), StandardCharsets.UTF_8)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double meanBytes(List<Corpus> pages) {
    return pages.stream().mapToInt(page -> page.source().body().length).average().orElse(0);
  }
}
