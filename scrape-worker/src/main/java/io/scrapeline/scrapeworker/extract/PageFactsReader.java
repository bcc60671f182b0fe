package io.scrapeline.scrapeworker.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Reads title, description, language, canonical URL and Open Graph facts from a document. */
final class PageFactsReader {

  private static final Evaluator CANONICAL =
      QueryParser.parse("link[rel~=(?i)(^|\\s)canonical(\\s|$)][href]");
  private static final Evaluator DESCRIPTION = QueryParser.parse("meta[name=description]");

  /** The selectors of the Open Graph properties read, parsed once. */
  private static final Map<String, Evaluator> OG = new ConcurrentHashMap<>();

  private PageFactsReader() {}

  static PageFacts read(Document doc, String contentLanguage) {
    String ogDescription = property(doc, "og:description");
    Element html = doc.firstElementChild();
    Element canonical = doc.selectFirst(CANONICAL);
    return new PageFacts(
        blankToNull(doc.title()),
        firstNonBlank(content(doc.selectFirst(DESCRIPTION)), ogDescription),
        firstNonBlank(html == null ? null : html.attr("lang"), firstLanguage(contentLanguage)),
        canonical == null ? null : blankToNull(canonical.absUrl("href")),
        property(doc, "og:title"),
        ogDescription,
        absoluteProperty(doc, "og:image"),
        property(doc, "og:site_name"),
        null);
  }

  /** Open Graph wants {@code property=}, but many pages use {@code name=}: accept both. */
  private static Element ogMeta(Document doc, String property) {
    return doc.selectFirst(OG.computeIfAbsent(property, PageFactsReader::ogSelector));
  }

  private static Evaluator ogSelector(String property) {
    return QueryParser.parse(
        "meta[property=" + property + "][content], meta[name=" + property + "][content]");
  }

  private static String property(Document doc, String property) {
    return content(ogMeta(doc, property));
  }

  private static String absoluteProperty(Document doc, String property) {
    Element meta = ogMeta(doc, property);
    if (meta == null) {
      return null;
    }
    String absolute = meta.absUrl("content");
    return absolute.isEmpty() ? content(meta) : absolute;
  }

  private static String content(Element meta) {
    return meta == null ? null : blankToNull(meta.attr("content"));
  }

  /** "en-GB, de" names several audiences; the first is the page's main language. */
  static String firstLanguage(String contentLanguage) {
    if (contentLanguage == null) {
      return null;
    }
    int comma = contentLanguage.indexOf(',');
    return blankToNull(comma < 0 ? contentLanguage : contentLanguage.substring(0, comma));
  }

  private static String firstNonBlank(String first, String second) {
    String value = blankToNull(first);
    return value != null ? value : blankToNull(second);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
