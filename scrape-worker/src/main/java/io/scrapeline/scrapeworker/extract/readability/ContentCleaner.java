package io.scrapeline.scrapeworker.extract.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Readability's conditional cleaning of the chosen content: blocks that look like widgets rather
 * than prose go (link lists, share bars, button rows, comment threads, forms, empty wrappers),
 * while headings, code, data tables, figures and lists of real text stay. Innermost blocks are
 * judged first, and a removed block no longer counts for the blocks around it.
 */
final class ContentCleaner {

  private static final int MANY_COMMAS = 10;
  private static final int SHORT_BLOCK = 25;
  private static final int SHORT_SHARE_BLOCK = 500;

  private static final Evaluator FIGURE = QueryParser.parse("figure");
  private static final Evaluator H1 = QueryParser.parse("h1");

  private final CandidateScorer scorer;

  ContentCleaner(CandidateScorer scorer) {
    this.scorer = scorer;
  }

  /** Removes from {@code content} the elements in {@code excluded} and the widget-like blocks. */
  void clean(Element content, Set<Element> excluded) {
    List<Element> removed = new ArrayList<>();
    BlockStats.measure(content, excluded, this::isWidget, removed);
    for (Element element : removed) {
      element.remove();
    }
  }

  private boolean isWidget(Element element, BlockStats stats) {
    if (scorer.teasers().contains(element)) {
      return true;
    }
    String name = element.normalName();
    if (isEmpty(stats)
        && !name.equals("br")
        && !name.equals("hr")
        && !name.equals("td")
        && !name.equals("th")) {
      return true;
    }
    switch (name) {
      case "pre", "code", "img", "picture", "br", "hr", "td", "th", "tr", "thead", "tbody" -> {
        return false;
      }
      case "button", "input", "select", "textarea", "object", "embed", "label" -> {
        return true;
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        return ClassWeight.of(element) < 0;
      }
      case "div",
          "section",
          "ul",
          "ol",
          "dl",
          "table",
          "form",
          "fieldset",
          "aside",
          "nav",
          "footer",
          "header",
          "figure",
          "span" -> {
        return isShareWidget(element, stats) || (!name.equals("span") && isClutter(element, stats));
      }
      default -> {
        return isShareWidget(element, stats);
      }
    }
  }

  /** No text, picture, embed or code left: an empty wrapper, or one whose content was removed. */
  private static boolean isEmpty(BlockStats stats) {
    return stats.text == 0 && stats.images == 0 && stats.embeds == 0 && stats.structures == 0;
  }

  /**
   * A block that lost content to the cleaner and keeps nothing but headings: the title of a removed
   * widget ("Customers also viewed", "Related"). Not a page's title block (an h1 with its
   * subtitle), whose buttons and byline links may have gone.
   */
  private static boolean isOrphanedHeading(BlockStats stats) {
    return stats.removedChildren > 0 && stats.text == stats.headingText;
  }

  private static boolean isShareWidget(Element element, BlockStats stats) {
    return stats.text < SHORT_SHARE_BLOCK
        && (ClassWeight.SHARE.matcher(element.className()).find()
            || ClassWeight.SHARE.matcher(element.id()).find());
  }

  /** Readability's cleanConditionally, with link lists also removed inside lists. */
  private boolean isClutter(Element element, BlockStats stats) {
    int weight = ClassWeight.of(element);
    double linkDensity = stats.linkDensity();
    if (element.nameIs("table")) {
      // Layout tables were unwrapped before scoring: what is left is data.
      return weight < 0 || linkDensity > 0.75;
    }
    if (element.nameIs("figure")) {
      return stats.images == 0 && stats.structures == 0 && stats.text < SHORT_BLOCK;
    }
    if (weight + scorer.score(element) < 0) {
      return true;
    }
    if (stats.commas >= MANY_COMMAS) {
      return false;
    }
    boolean isList =
        element.nameIs("ul")
            || element.nameIs("ol")
            || element.nameIs("dl")
            || (stats.text > 0 && stats.listText > 0.9 * stats.text);
    if (isList) {
      return linkDensity > 0.6;
    }
    boolean structured = stats.structures > 0;
    int paragraphs = stats.paragraphs;
    if (stats.images > 1 && paragraphs * 2 < stats.images && !structured && !inFigure(element)) {
      return true;
    }
    if (stats.listItems - 100 > paragraphs || stats.inputs > paragraphs / 3) {
      return true;
    }
    if (isOrphanedHeading(stats) && element.selectFirst(H1) == null) {
      return true;
    }
    // Short link-free text (a price, a date, a label) is kept; short link rows are not.
    if (stats.text < SHORT_BLOCK
        && stats.linkText > 0
        && !structured
        && (stats.images == 0 || stats.images > 2)
        && !inFigure(element)) {
      return true;
    }
    if (weight < 25 && linkDensity > 0.2 && (stats.text < 200 || linkDensity > 0.5)) {
      return true;
    }
    if (weight >= 25 && linkDensity > 0.5) {
      return true;
    }
    return stats.embeds == 1 && stats.text < 75 || stats.embeds > 1;
  }

  private static boolean inFigure(Element element) {
    return element.closest(FIGURE) != null;
  }
}
