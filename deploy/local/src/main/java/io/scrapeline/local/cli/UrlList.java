package io.scrapeline.local.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** The URLs of an input file: one a line; blank lines and {@code #} comments are skipped. */
final class UrlList {

  private UrlList() {}

  static List<String> read(Reader reader) throws IOException {
    List<String> urls = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String url = line.replace("\uFEFF", "").strip(); // a byte-order mark is no part of a URL
      if (!url.isEmpty() && !url.startsWith("#")) {
        urls.add(url);
      }
    }
    return urls;
  }
}
