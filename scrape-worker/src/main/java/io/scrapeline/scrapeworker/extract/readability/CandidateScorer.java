package io.scrapeline.scrapeworker.extract.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Readability's scoring: every paragraph-like block of 25 characters or more gives its ancestors
 * points for its length and commas (the parent all of them, the grandparent half, further ancestors
 * less); an ancestor starts from a score for its tag and its class and id, and ends scaled by the
 * share of its text that is not links. The best-scoring ancestor holds the content.
 */
final class CandidateScorer {

  private static final int MIN_BLOCK_TEXT = 25;
  private static final int ANCESTOR_LEVELS = 5;

  private final Map<Element, BlockStats> stats;
  private final Set<Element> teasers;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  /**
   * @param stats the measured elements
   * @param teasers teaser cards, whose blocks do not score ({@link Teasers})
   */
  CandidateScorer(Map<Element, BlockStats> stats, Set<Element> teasers) {
    this.stats = stats;
    this.teasers = teasers;
  }

  /** The teaser cards found on the page. */
  Set<Element> teasers() {
    return teasers;
  }

  /** The content score of {@code element}, 0 when it was never a candidate. */
  double score(Element element) {
    return scores.getOrDefault(element, 0.0);
  }

  /** Scores every block under {@code root}; returns the candidates, best first. */
  List<Element> rank(Element root) {
    for (Element block : root.getAllElements()) {
      BlockStats blockStats = stats.get(block);
      if (blockStats == null
          || blockStats.text < MIN_BLOCK_TEXT
          || !isScoredBlock(block)
          || inTeaser(block)) {
        continue;
      }
      double points = 1 + blockStats.commas + Math.min(blockStats.text / 100, 3);
      Element ancestor = block.parent();
      for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
        if (!stats.containsKey(ancestor)) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, initialScore(ancestor) + points / divider, Double::sum);
        if (ancestor == root) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    List<Element> candidates = new ArrayList<>(scores.keySet());
    for (Element candidate : candidates) {
      scores.put(candidate, scores.get(candidate) * (1 - stats.get(candidate).linkDensity()));
    }
    candidates.sort(Comparator.comparingDouble(this::score).reversed());
    return candidates;
  }

  /**
   * The first contribution to an ancestor also brings its own starting score; merge adds it only
   * once because later contributions find the key present.
   */
  private double initialScore(Element element) {
    if (scores.containsKey(element)) {
      return 0;
    }
    double base =
        switch (element.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + ClassWeight.of(element);
  }

  private boolean inTeaser(Element block) {
    Element parent = block.parent();
    return teasers.contains(block)
        || parent != null && (teasers.contains(parent) || teasers.contains(parent.parent()));
  }

  /** Paragraphs, code, cells and headings, and divs that hold only inline content. */
  private static boolean isScoredBlock(Element element) {
    return switch (element.normalName()) {
      case "p", "pre", "td", "h2", "h3", "h4", "h5", "h6" -> true;
      case "div" -> !hasBlockChild(element);
      default -> false;
    };
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      if (child.isBlock()) {
        return true;
      }
    }
    return false;
  }
}
