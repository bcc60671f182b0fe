package io.scrapeline.scrapeworker.extract;

import io.scrapeline.scrapeworker.extract.readability.MainTextFinder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * only_main_content: removes boilerplate by a fixed name list, {@link Boilerplate} (FINDINGS: such
 * a list raised token-F1 against a reference extraction from 0.71 for the whole body to about
 * 0.81-0.88), unwraps layout tables, then scores what is left for its main text ({@link
 * MainTextFinder}). When scoring finds nothing, the page's single {@code <article>}, its {@code
 * <main>} or the cleaned body is kept.
 */
final class MainContent {

  private static final Evaluator MAIN_OR_ARTICLE = QueryParser.parse("main, article");
  private static final Evaluator IN_ARTICLE_OR_MAIN = QueryParser.parse("article, main");
  private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");

  private MainContent() {}

  /**
   * The main content of {@code content}, which it changes. Never empty when {@code content} had
   * text: when scoring finds no main text, the page cleaned of boilerplate comes back, and if that
   * is empty too, {@code content} as it was.
   *
   * @param title the document title, which helps to find the title heading
   */
  static Element extract(Element content, String title) {
    int totalText = textLength(content);
    List<Element> boilerplate = new ArrayList<>();
    Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    // Page order puts ancestors first: an element inside removed boilerplate needs no judging.
    for (Element candidate : content.getAllElements()) {
      if (Boilerplate.matches(candidate)
          && !insideAny(candidate, removed, content)
          && !isProtected(candidate, content, totalText)) {
        removed.add(candidate);
        boilerplate.add(candidate);
      }
    }
    if (!leavesText(content, removed)) {
      // Nothing but boilerplate: the page as it is beats an empty one.
      return content;
    }
    boilerplate.forEach(Element::remove);
    LayoutTables.unwrap(content);
    Element main = MainTextFinder.find(content, title);
    return main == null || !leavesText(main, Set.of()) ? focus(content) : main;
  }

  private static boolean insideAny(Element element, Set<Element> removed, Element root) {
    for (Element parent = element.parent(); parent != null && parent != root; ) {
      if (removed.contains(parent)) {
        return true;
      }
      parent = parent.parent();
    }
    return false;
  }

  /** Characters of text under {@code root}, counted without building the text. */
  private static int textLength(Element root) {
    int[] length = {0};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text) {
            length[0] += text.getWholeText().length();
          }
        },
        root);
    return length[0];
  }

  /** Whether any text is left in {@code root} once {@code removed} are gone. */
  private static boolean leavesText(Element root, Set<Element> removed) {
    boolean[] found = {false};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && removed.contains(element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
              found[0] = true;
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return found[0];
  }

  /**
   * Kept although matched: the content itself and the elements that hold the main content (html,
   * body, main, article, or anything around them); a header inside an article or main (it carries
   * the title and byline); and any element holding half the page's text or more, which is the page
   * rather than its boilerplate (an ASP.NET form around the whole page, a "cookie-recipes"
   * wrapper).
   */
  private static boolean isProtected(Element candidate, Element content, int totalText) {
    if (candidate == content
        || candidate.nameIs("html")
        || candidate.nameIs("body")
        || candidate.nameIs("main")
        || candidate.nameIs("article")) {
      return true;
    }
    Element parent = candidate.parent();
    if (candidate.nameIs("header")
        && parent != null
        && parent.closest(IN_ARTICLE_OR_MAIN) != null) {
      return true;
    }
    if (candidate.selectFirst(MAIN_OR_ARTICLE) != null) {
      return true;
    }
    return totalText > 0 && textLength(candidate) * 2L >= totalText;
  }

  /** The single article, else the main element, else everything that is left. */
  private static Element focus(Element content) {
    Elements articles = content.getElementsByTag("article");
    if (articles.size() == 1 && !articles.first().text().isBlank()) {
      return articles.first();
    }
    Element main = content.selectFirst(MAIN);
    if (main != null && !main.text().isBlank()) {
      return main;
    }
    return content;
  }
}
