package io.scrapeline.scrapeworker.extract.readability;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Teaser cards: a small block whose one heading links to another page, with a summary beside it:
 * the stuff of "more stories" grids, recommendation rails and popular-post widgets. Their summaries
 * read like prose (a sentence or two, with commas), so dozens of them would outscore an article:
 * they do not score, and the cleaner removes them. An article whose sections have linked headings
 * is safe: its blocks hold more than one heading or more text than a card.
 */
final class Teasers {

  /** A card holds one heading and little text. */
  private static final int MAX_CARD_TEXT = 600;

  private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
  private static final Evaluator LINK = QueryParser.parse("a");

  private Teasers() {}

  static Set<Element> find(Element root, Map<Element, BlockStats> stats) {
    Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
    String page = withoutFragment(root.baseUri());
    for (Element heading : root.select(HEADINGS)) {
      Element link = outgoingLink(heading, page);
      if (link == null) {
        continue;
      }
      Element card = (isInside(heading, link) ? link : heading).parent();
      BlockStats cardStats = card == null || card == root ? null : stats.get(card);
      if (cardStats != null && cardStats.headings == 1 && cardStats.text < MAX_CARD_TEXT) {
        cards.add(card);
      }
    }
    return cards;
  }

  /** The link around or inside {@code heading} that leads to another page, or null. */
  private static Element outgoingLink(Element heading, String page) {
    Element around = heading.closest(LINK);
    if (around != null) {
      return isOutgoing(around, page) ? around : null;
    }
    for (Element inside : heading.getElementsByTag("a")) {
      if (isOutgoing(inside, page)) {
        return inside;
      }
    }
    return null;
  }

  /** Not an anchor into this page (links are absolute by now: "#x" became "page#x"). */
  private static boolean isOutgoing(Element link, String page) {
    String href = link.attr("href").trim();
    return !href.isEmpty()
        && !href.startsWith("#")
        && !href.startsWith("javascript:")
        && !withoutFragment(href).equals(page);
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static boolean isInside(Element element, Element ancestor) {
    for (Element current = element; current != null; current = current.parent()) {
      if (current == ancestor) {
        return true;
      }
    }
    return false;
  }
}
