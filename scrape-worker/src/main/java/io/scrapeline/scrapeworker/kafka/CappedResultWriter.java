package io.scrapeline.scrapeworker.kafka;

import io.scrapeline.model.ScrapeData;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.json.WireJson;
import org.jboss.logging.Logger;

/**
 * Writes a result as JSON no larger than a byte cap, trimming the contents when a page is huge:
 * raw_html first, then html, then markdown (the most wanted), then halving the links. A record over
 * the topic's limit could never be delivered, and its offset never committed.
 */
final class CappedResultWriter {

  private static final Logger LOG = Logger.getLogger(CappedResultWriter.class);

  /** Extra characters cut per step, so one cut usually suffices despite JSON escaping. */
  private static final int MARGIN = 1024;

  private final int maxBytes;

  CappedResultWriter(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  byte[] write(ScrapeResult result) {
    byte[] json = WireJson.write(result);
    ScrapeResult current = result;
    while (json.length > maxBytes && current.data() != null) {
      ScrapeData smaller = shrink(current.data(), json.length - maxBytes + MARGIN);
      if (smaller == null) {
        break;
      }
      current =
          ScrapeResult.completed(
              current.batchId(), current.inputIndex(), current.url(), smaller, current.metadata());
      json = WireJson.write(current);
    }
    if (current != result) {
      LOG.infof(
          "result of %s trimmed to %d bytes to fit max-record-bytes", result.url(), json.length);
    }
    return json;
  }

  /** {@code data} about {@code excess} characters smaller, or null when nothing is left to cut. */
  static ScrapeData shrink(ScrapeData data, int excess) {
    String md = data.markdown();
    String html = data.html();
    String raw = data.rawHtml();
    if (!isEmpty(raw)) {
      return new ScrapeData(md, html, cut(raw, excess), data.links());
    }
    if (!isEmpty(html)) {
      return new ScrapeData(md, cut(html, excess), raw, data.links());
    }
    if (!isEmpty(md)) {
      return new ScrapeData(cut(md, excess), html, raw, data.links());
    }
    if (data.links() != null && !data.links().isEmpty()) {
      return new ScrapeData(md, html, raw, data.links().subList(0, data.links().size() / 2));
    }
    return null;
  }

  /** {@code text} without its last {@code excess} characters, never splitting a surrogate pair. */
  private static String cut(String text, int excess) {
    int end = Math.max(0, text.length() - excess);
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static boolean isEmpty(String text) {
    return text == null || text.isEmpty();
  }
}
