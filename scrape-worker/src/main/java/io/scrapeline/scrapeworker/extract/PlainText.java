package io.scrapeline.scrapeworker.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The text of an element with its block structure kept as blank lines: the fallback when Markdown
 * conversion fails or runs out of time. Cheap and linear, it cannot stall.
 */
final class PlainText {

  private static final Evaluator PRE = QueryParser.parse("pre");

  private PlainText() {}

  static String of(Element root) {
    StringBuilder out = new StringBuilder();
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              boolean preformatted =
                  node.parent() instanceof Element parent && parent.closest(PRE) != null;
              out.append(preformatted ? text.getWholeText() : text.text());
            } else if (node.nameIs("br")) {
              out.append('\n');
            } else if (node instanceof Element element && element.isBlock()) {
              out.append("\n\n");
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
              out.append("\n\n");
            }
          }
        });
    return tidy(out);
  }

  /**
   * Trailing blanks cut and blank lines collapsed to one, in one linear pass: a regex matching
   * blanks before a line break is quadratic in long runs of spaces, the very input this class
   * exists for.
   */
  static String tidy(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int newlines = 0;
    for (String line : text.toString().split("\n", -1)) {
      String kept = line.stripTrailing();
      if (kept.isEmpty()) {
        newlines++;
        continue;
      }
      if (out.length() > 0) {
        out.append(newlines > 1 ? "\n\n" : "\n");
      }
      out.append(kept);
      newlines = 1;
    }
    return out.toString();
  }
}
