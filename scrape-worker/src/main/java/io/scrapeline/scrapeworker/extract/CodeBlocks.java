package io.scrapeline.scrapeworker.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Rewrites every {@code <pre>} into the one shape flexmark turns into a fenced block with the right
 * info string: {@code <pre><code class="language-x">} when the page names a language, else a bare
 * {@code <pre>} (flexmark makes a {@code <pre><code>} without a class an indented block).
 */
final class CodeBlocks {

  /** Prism and highlight.js (language-x), Google Prettify (lang-x), GitHub (highlight-source-x). */
  private static final Pattern LANGUAGE =
      Pattern.compile("(?:^|\\s)(?:language|lang|highlight-source)-([\\w+#.-]+)");

  private static final Evaluator PRE = QueryParser.parse("pre");
  private static final Evaluator CODE = QueryParser.parse("code");

  private CodeBlocks() {}

  static void normalize(Element root) {
    for (Element pre : root.select(PRE)) {
      String language = language(pre);
      // Highlighters wrap every token in a span; the code is the text.
      String code = pre.wholeText();
      pre.empty();
      pre.clearAttributes();
      if (language == null) {
        pre.appendText(code);
      } else {
        pre.appendElement("code").addClass("language-" + language).appendText(code);
      }
    }
  }

  private static String language(Element pre) {
    Element code = pre.selectFirst(CODE);
    for (Element candidate : new Element[] {code, pre, pre.parent()}) {
      if (candidate != null) {
        Matcher matcher = LANGUAGE.matcher(candidate.className());
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
    }
    return null;
  }
}
