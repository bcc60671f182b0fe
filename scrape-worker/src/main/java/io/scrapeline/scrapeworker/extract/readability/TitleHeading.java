package io.scrapeline.scrapeworker.extract.readability;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Puts the page's title heading back on top of the main content when scoring left it outside: a
 * wiki's first heading, a forum's topic title or a docs page's header often sit apart from the
 * text. The title heading is the first h1 or h2 whose text the document title contains.
 */
final class TitleHeading {

  private static final int MIN_TITLE = 8;

  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator HEADINGS = QueryParser.parse("h1, h2");

  private TitleHeading() {}

  static void restore(Element content, Element page, String title) {
    if (title == null || title.isBlank() || content.selectFirst(H1) != null) {
      return;
    }
    String wanted = normalize(title);
    for (Element heading : page.select(HEADINGS)) {
      String text = normalize(heading.text());
      if (text.length() >= MIN_TITLE && wanted.contains(text)) {
        if (!isInside(heading, content)) {
          content.prependChild(new Element("h1").text(heading.text()));
        }
        return;
      }
    }
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
