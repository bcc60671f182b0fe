package io.scrapeline.scrapeworker.extract.readability;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What the scoring and cleaning heuristics need to know about an element's subtree, measured for
 * every element of a tree in one post-order pass: asking jsoup for {@code text()} element by
 * element would be quadratic in the depth of the page.
 */
final class BlockStats {

  /** Characters of text, whitespace runs counted as one. */
  int text;

  /** Of {@link #text}, the characters inside links. */
  int linkText;

  /** Of {@link #text}, the characters inside list items. */
  int listText;

  int commas;
  int paragraphs;
  int images;
  int listItems;
  int inputs;
  int embeds;

  /** Headings, code blocks and tables: content the shortness rule must not drop. */
  int structures;

  /** Of {@link #text}, the characters inside headings. */
  int headingText;

  /** Headings (h1 to h6). */
  int headings;

  /** Child elements measured away: dropped by the cleaner or excluded. */
  int removedChildren;

  double linkDensity() {
    return text == 0 ? 0 : (double) linkText / text;
  }

  /**
   * Measures {@code root} and everything under it, leaving out the elements in {@code excluded}
   * (and their subtrees): they count as already removed.
   */
  static Map<Element, BlockStats> measure(Element root, Set<Element> excluded) {
    return measure(root, excluded, (element, stats) -> false, new ArrayList<>());
  }

  /**
   * Measures like {@link #measure(Element, Set)}, and asks {@code drop} about each element once its
   * subtree is measured: a dropped element counts as removed for its ancestors. Both the dropped
   * elements and the excluded ones met under {@code root} are added to {@code removed}; the tree
   * itself is left unchanged.
   */
  static Map<Element, BlockStats> measure(
      Element root,
      Set<Element> excluded,
      BiPredicate<Element, BlockStats> drop,
      List<Element> removed) {
    Map<Element, BlockStats> stats = new IdentityHashMap<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && excluded.contains(element)) {
              removed.add(element);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
              BlockStats measured = of(element, stats);
              if (element != root && drop.test(element, measured)) {
                removed.add(element);
              } else {
                stats.put(element, measured);
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return stats;
  }

  private static BlockStats of(Element element, Map<Element, BlockStats> measured) {
    BlockStats stats = new BlockStats();
    boolean link = element.nameIs("a");
    boolean listItem = element.nameIs("li") || element.nameIs("dd") || element.nameIs("dt");
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        stats.addText(text.getWholeText());
      } else if (child instanceof Element childElement) {
        BlockStats inner = measured.get(childElement);
        if (inner != null) {
          stats.add(inner);
        } else {
          stats.removedChildren++;
        }
      }
    }
    if (link) {
      stats.linkText = stats.text;
    }
    if (listItem) {
      stats.listText = stats.text;
      stats.listItems++;
    }
    switch (element.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        stats.structures++;
        stats.headings++;
        stats.headingText = stats.text;
      }
      case "p" -> stats.paragraphs++;
      case "img" -> stats.images++;
      case "input", "textarea", "select", "button" -> stats.inputs++;
      case "iframe", "embed", "object", "video", "audio" -> stats.embeds++;
      case "pre", "table" -> stats.structures++;
      default -> {}
    }
    return stats;
  }

  private void add(BlockStats inner) {
    text += inner.text;
    linkText += inner.linkText;
    listText += inner.listText;
    commas += inner.commas;
    paragraphs += inner.paragraphs;
    images += inner.images;
    listItems += inner.listItems;
    inputs += inner.inputs;
    embeds += inner.embeds;
    structures += inner.structures;
    headingText += inner.headingText;
    headings += inner.headings;
  }

  private void addText(String value) {
    boolean space = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          text++;
          space = true;
        }
      } else {
        text++;
        space = false;
        if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
          commas++;
        }
      }
    }
  }
}
