package io.scrapeline.scrapeworker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.jsoup.nodes.Element;

/**
 * Converts a page with flexmark so that one data table flexmark cannot convert does not cost the
 * whole page its Markdown. flexmark 0.64 throws on some tables instead of converting them: a row
 * that ends in a cell with {@code colspan="0"} (HTML 4's "to the end of the column group", still
 * written into SEC EDGAR filings; vsch/flexmark-java#609) fails {@code
 * MarkdownTable.finalizeTable}, a negative colspan fails {@code MarkdownTable.addCell}.
 *
 * <p>Only when the page fails are its tables converted one by one; each that fails on its own is
 * replaced by its text, one paragraph per row, and the page is converted once more. A page whose
 * tables all convert on their own, or that fails again, fails as before. The retry runs on the
 * caller's thread, so it stays inside whatever time limit the caller runs under.
 */
final class TableGuard {

  private static final Logger LOG = Logger.getLogger(TableGuard.class);

  /** What separates the cells of a row written as plain text. */
  static final String CELL_SEPARATOR = " | ";

  private TableGuard() {}

  /**
   * The Markdown of {@code page}, with the tables {@code flexmark} cannot convert as plain text.
   * Those tables are replaced in {@code page}; the data tables under it must not nest (as after
   * {@link LayoutTables#unwrap}).
   *
   * @param flexmark the conversion of a page or of one table to Markdown
   * @throws RuntimeException what {@code flexmark} threw when no table is to blame or the page
   *     fails again without the tables that fail on their own
   * @throws CancellationException when the thread is interrupted between tables
   */
  static ConvertedMarkdown convert(
      Element page, Function<Element, String> flexmark, String pageUrl) {
    try {
      return new ConvertedMarkdown(flexmark.apply(page), 0);
    } catch (RuntimeException pageFailure) {
      int replaced = replaceUnconvertibleTables(page, flexmark);
      if (replaced == 0) {
        throw pageFailure;
      }
      LOG.warnf(
          "%d table(s) of %s written as plain text: flexmark cannot convert them (%s)",
          replaced, pageUrl, pageFailure);
      return new ConvertedMarkdown(flexmark.apply(page), replaced);
    }
  }

  /**
   * Converts each table under {@code root} on its own and replaces those that fail with {@link
   * #plainTextOf their text}.
   *
   * @return how many tables were replaced
   */
  static int replaceUnconvertibleTables(Element root, Function<Element, String> flexmark) {
    int replaced = 0;
    for (Element table : root.getElementsByTag("table")) {
      // A page given up on is abandoned, not stopped: free its thread soon.
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("table conversion overran its time budget");
      }
      if (table != root && failsToConvert(table, flexmark)) {
        List<Element> text = plainTextOf(table);
        table.parent().insertChildren(table.siblingIndex(), text);
        table.remove();
        replaced++;
      }
    }
    return replaced;
  }

  private static boolean failsToConvert(Element table, Function<Element, String> flexmark) {
    try {
      flexmark.apply(table);
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * The caption and then one paragraph per row, its non-blank cells' text joined by {@link
   * #CELL_SEPARATOR}: linear in the table, and every cell's text reads in order.
   */
  static List<Element> plainTextOf(Element table) {
    List<Element> paragraphs = new ArrayList<>();
    for (Element caption : table.children()) {
      if (caption.nameIs("caption") && !isBlank(caption.text())) {
        paragraphs.add(new Element("p").text(caption.text()));
      }
    }
    for (Element row : LayoutTables.rows(table)) {
      StringJoiner cells = new StringJoiner(CELL_SEPARATOR);
      for (Element cell : LayoutTables.cells(row)) {
        String text = cell.text();
        if (!isBlank(text)) {
          cells.add(text);
        }
      }
      if (cells.length() > 0) {
        paragraphs.add(new Element("p").text(cells.toString()));
      }
    }
    return paragraphs;
  }

  /**
   * Blank, counting no-break spaces as blank: spacer cells are often nothing but {@code &nbsp;}.
   */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }
}
