package io.scrapeline.sitemapworker.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a link list into chunks that each fit one Kafka record: at most {@code maxLinks} links and
 * at most {@code maxBytes} of JSON for the links, counted as Jackson writes them (UTF-8, quotes,
 * commas and escapes included). Order is kept; every chunk holds at least one link, and an empty
 * list is one empty chunk.
 */
final class LinkChunks {

  /** Quotes around a link and the comma after it. */
  private static final int PER_LINK_OVERHEAD = 3;

  private LinkChunks() {}

  static List<List<String>> split(List<String> links, int maxLinks, long maxBytes) {
    List<List<String>> chunks = new ArrayList<>();
    int start = 0;
    long bytes = 0;
    for (int i = 0; i < links.size(); i++) {
      long size = jsonBytes(links.get(i)) + PER_LINK_OVERHEAD;
      boolean startsNew = i > start && (i - start >= maxLinks || bytes + size > maxBytes);
      if (startsNew) {
        chunks.add(links.subList(start, i));
        start = i;
        bytes = 0;
      }
      bytes += size;
    }
    chunks.add(links.subList(start, links.size()));
    return chunks;
  }

  /** The bytes of {@code text} as a JSON string's content in UTF-8, escapes included. */
  static long jsonBytes(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || Character.isSurrogate(c)) {
        bytes += 6; // escaped as \\uXXXX (Jackson escapes both halves of a surrogate pair)
      } else if (c == '"' || c == '\\') {
        bytes += 2;
      } else if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
