package io.scrapeline.scrapeworker.extract;

import io.scrapeline.scrapeworker.fetch.LenientUri;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The outgoing links of a whole page (before any content filtering): absolute against the final URL
 * or the page's {@code <base href>}, http(s) only, fragment removed, first occurrence kept.
 */
final class LinkCollector {

  private static final Evaluator LINKS = QueryParser.parse("a[href], area[href]");

  private LinkCollector() {}

  static List<String> collect(Document doc) {
    Set<String> links = new LinkedHashSet<>();
    UrlResolver resolver = new UrlResolver(doc.baseUri());
    // Pages repeat their links (menus, reply and profile links): parse each URL once.
    Map<String, String> checked = new HashMap<>();
    for (Element anchor : doc.select(LINKS)) {
      String href = anchor.attr("href").trim();
      // "#section" points into this very page: not an outgoing link.
      if (href.isEmpty() || href.startsWith("#")) {
        continue;
      }
      // jsoup resolves against the document's base URI, which a <base href> replaced on parse.
      String absolute = resolver.resolve(anchor.attr("href"));
      if (absolute.isEmpty()) {
        continue;
      }
      String link = checked.computeIfAbsent(absolute, LinkCollector::webLink);
      if (!link.isEmpty()) {
        links.add(link);
      }
    }
    return new ArrayList<>(links);
  }

  /** {@code absolute} as an http(s) link without fragment; empty when it is none. */
  private static String webLink(String absolute) {
    return LenientUri.parse(absolute)
        .filter(LenientUri::isWeb)
        .map(uri -> withoutFragment(uri.toString()))
        .orElse("");
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }
}
