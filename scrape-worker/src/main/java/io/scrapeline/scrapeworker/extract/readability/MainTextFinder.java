package io.scrapeline.scrapeworker.extract.readability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of a page by scoring, in the spirit of Mozilla Readability: boilerplate by
 * class, id and role is set aside, paragraph-like blocks score their ancestors, the best ancestor
 * (promoted to a common ancestor or the page's own article or main element when they hold it) is
 * kept with the siblings that score nearly as well, and the result is cleaned of widgets. The
 * page's title heading is put back on top when it sits outside the chosen block.
 */
public final class MainTextFinder {

  /**
   * Below this many characters a result is suspect, and a search without the unlikely pass runs.
   */
  private static final int ENOUGH_TEXT = 250;

  /** The page's article or main element wins when the best block holds this share of its text. */
  private static final double CONTAINER_SHARE = 0.3;

  private static final Set<String> UNLIKELY_ROLES =
      Set.of(
          "menu",
          "menubar",
          "complementary",
          "navigation",
          "alert",
          "alertdialog",
          "dialog",
          "tablist");

  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

  private static final Evaluator TABLE_OR_CODE = QueryParser.parse("table, pre, code");
  private static final Evaluator HOLDS_CONTENT =
      QueryParser.parse("h1, main, article, [itemprop=articleBody]");
  private static final Evaluator CONTAINER =
      QueryParser.parse("[itemprop=articleBody], main, [role=main]");

  private MainTextFinder() {}

  /**
   * The main content of {@code root}, which it changes (chosen blocks may be moved into a new
   * {@code div}); null when no block scores, so the caller falls back to the cleaned page.
   *
   * @param title the document title, used to find the page's title heading
   */
  public static Element find(Element root, String title) {
    Set<Element> unlikely = unlikely(root);
    Choice choice = choose(root, unlikely);
    if ((choice == null || choice.text < ENOUGH_TEXT) && !unlikely.isEmpty()) {
      Choice retry = choose(root, Set.of());
      if (retry != null && (choice == null || retry.text > choice.text * 2)) {
        choice = retry;
      }
    }
    if (choice == null) {
      return null;
    }
    Element content = choice.assemble();
    new ContentCleaner(choice.scorer).clean(content, choice.excluded);
    TitleHeading.restore(content, root, title);
    return content;
  }

  /** The elements that class, id or role mark as boilerplate, outermost only. */
  static Set<Element> unlikely(Element root) {
    Set<Element> unlikely = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element element : root.getAllElements()) {
      if (element == root || element.nameIs("a") || element.nameIs("body")) {
        continue;
      }
      boolean byRole = UNLIKELY_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT));
      if ((byRole || ClassWeight.isUnlikely(element))
          && !hasUnlikelyAncestor(element, unlikely, root)
          && !isProtected(element, byRole)) {
        unlikely.add(element);
      }
    }
    return unlikely;
  }

  private static boolean hasUnlikelyAncestor(Element element, Set<Element> unlikely, Element root) {
    for (Element parent = element.parent(); parent != null && parent != root; ) {
      if (unlikely.contains(parent)) {
        return true;
      }
      parent = parent.parent();
    }
    return false;
  }

  /** The page itself, its article and title, tables and code are never unlikely. */
  private static boolean isProtected(Element element, boolean byRole) {
    if (element.nameIs("html")
        || element.nameIs("main")
        || element.nameIs("article")
        || element.nameIs("table")
        || element.nameIs("pre")
        || element.nameIs("code")) {
      return true;
    }
    if (!byRole && element.closest(TABLE_OR_CODE) != null) {
      return true;
    }
    return element.selectFirst(HOLDS_CONTENT) != null;
  }

  private static Choice choose(Element root, Set<Element> excluded) {
    Map<Element, BlockStats> stats = BlockStats.measure(root, excluded);
    CandidateScorer scorer = new CandidateScorer(stats, Teasers.find(root, stats));
    List<Element> ranked = scorer.rank(root);
    if (ranked.isEmpty()) {
      return null;
    }
    Element top = promote(ranked, scorer, stats, root);
    Element container = container(root, top, stats);
    if (container != null) {
      return new Choice(List.of(container), stats.get(container).text, scorer, excluded);
    }
    List<Element> kept = top == root ? List.of(top) : withSiblings(top, scorer, stats, excluded);
    int text = 0;
    for (Element element : kept) {
      text += stats.get(element).text;
    }
    return new Choice(kept, text, scorer, excluded);
  }

  /**
   * Readability's promotions: to the ancestor shared by three near-best candidates, up while the
   * parents score higher, and past wrappers that hold nothing else.
   */
  private static Element promote(
      List<Element> ranked, CandidateScorer scorer, Map<Element, BlockStats> stats, Element root) {
    Element top = ranked.get(0);
    double topScore = scorer.score(top);
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
      if (scorer.score(ranked.get(i)) >= topScore * 0.75) {
        alternatives.add(ranked.get(i));
      }
    }
    if (alternatives.size() >= 3) {
      for (Element parent = top.parent(); parent != null && stats.containsKey(parent); ) {
        int holds = 0;
        for (Element alternative : alternatives) {
          if (isInside(alternative, parent)) {
            holds++;
          }
        }
        if (holds >= 3) {
          top = parent;
          break;
        }
        if (parent == root) {
          break;
        }
        parent = parent.parent();
      }
    }
    double lastScore = scorer.score(top);
    double threshold = lastScore / 3;
    for (Element parent = top.parent(); parent != null && top != root; ) {
      if (!stats.containsKey(parent)) {
        break;
      }
      double parentScore = scorer.score(parent);
      if (parentScore > 0) {
        if (parentScore < threshold) {
          break;
        }
        if (parentScore > lastScore) {
          top = parent;
          break;
        }
        lastScore = parentScore;
      }
      if (parent == root) {
        break;
      }
      parent = parent.parent();
    }
    while (top != root
        && top.parent() != null
        && top.parent() != root
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  /**
   * The page's own article (when it has one), else its articleBody or main element, when it holds
   * the best block and that block carries a fair share of its text, or the other way round: its
   * header, byline and standfirst come along, and the cleaner removes what does not belong.
   */
  private static Element container(Element root, Element top, Map<Element, BlockStats> stats) {
    Elements articles = root.getElementsByTag("article");
    Element container = articles.size() == 1 ? articles.first() : null;
    if (container == null || !stats.containsKey(container)) {
      container = root.selectFirst(CONTAINER);
    }
    if (container == null || container == root || !stats.containsKey(container)) {
      return null;
    }
    int topText = stats.get(top).text;
    int containerText = stats.get(container).text;
    if (isInside(top, container)) {
      return topText >= CONTAINER_SHARE * containerText ? container : null;
    }
    if (isInside(container, top)) {
      return containerText >= CONTAINER_SHARE * topText ? container : null;
    }
    return null;
  }

  /** Readability's sibling step: siblings that score nearly as well, or read as prose. */
  private static List<Element> withSiblings(
      Element top, CandidateScorer scorer, Map<Element, BlockStats> stats, Set<Element> excluded) {
    double topScore = scorer.score(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> kept = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      BlockStats siblingStats = stats.get(sibling);
      if (sibling == top) {
        kept.add(sibling);
        continue;
      }
      if (excluded.contains(sibling) || siblingStats == null) {
        continue;
      }
      double bonus =
          !top.className().isEmpty() && sibling.className().equals(top.className())
              ? topScore * 0.2
              : 0;
      double score = scorer.score(sibling);
      if (score > 0 && score + bonus >= threshold) {
        kept.add(sibling);
      } else if (sibling.nameIs("p")) {
        int text = siblingStats.text;
        double linkDensity = siblingStats.linkDensity();
        if (text > 80 && linkDensity < 0.25
            || text > 0
                && text <= 80
                && linkDensity == 0
                && SENTENCE_END.matcher(sibling.text()).find()) {
          kept.add(sibling);
        }
      }
    }
    return kept;
  }

  private static boolean isInside(Element element, Element ancestor) {
    for (Element current = element; current != null; current = current.parent()) {
      if (current == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The blocks chosen, in page order, with their text length and the scoring behind them. */
  private record Choice(
      List<Element> blocks, int text, CandidateScorer scorer, Set<Element> excluded) {

    Element assemble() {
      if (blocks.size() == 1) {
        return blocks.get(0);
      }
      Element content = new Element("div");
      for (Element block : blocks) {
        content.appendChild(block);
      }
      return content;
    }
  }
}
