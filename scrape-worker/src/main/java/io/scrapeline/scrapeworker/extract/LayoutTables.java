package io.scrapeline.scrapeworker.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Unwraps tables used for page layout into their content, so only data tables reach the Markdown
 * converter. FINDINGS: flexmark pads nested layout tables into runs of tens of thousands of spaces
 * and then runs a regex that is quadratic in them: an ordinary 87 KB page took 5 to 10 s. A table
 * is a layout table when it has a single column or any cell holds block content.
 */
final class LayoutTables {

  /** Content no data-table cell needs, and that Markdown table cells cannot hold anyway. */
  private static final Set<String> BLOCK_CONTENT =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre");

  private LayoutTables() {}

  /** Unwraps every layout table under {@code root}, innermost first. */
  static void unwrap(Element root) {
    Elements tables = root.getElementsByTag("table");
    // Document order puts outer tables first: walk backwards so inner tables are judged (and
    // unwrapped) before the tables around them.
    for (int i = tables.size() - 1; i >= 0; i--) {
      Element table = tables.get(i);
      if (isLayout(table)) {
        table.replaceWith(contentOf(table));
      }
    }
  }

  static boolean isLayout(Element table) {
    int columns = 0;
    for (Element row : rows(table)) {
      List<Element> cells = cells(row);
      columns = Math.max(columns, cells.size());
      for (Element cell : cells) {
        if (holdsBlockContent(cell)) {
          return true;
        }
      }
    }
    return columns <= 1;
  }

  /** Whether any element under {@code cell} is block content; a plain walk, no selector. */
  private static boolean holdsBlockContent(Element cell) {
    Deque<Element> pending = new ArrayDeque<>(cell.children());
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      if (BLOCK_CONTENT.contains(element.normalName())) {
        return true;
      }
      for (Element child : element.children()) {
        pending.push(child);
      }
    }
    return false;
  }

  /** The caption and every cell, each in its own block, in reading order. */
  private static Element contentOf(Element table) {
    Element content = new Element("div");
    for (Element caption : table.children()) {
      if (caption.nameIs("caption")) {
        content.appendChild(blockOf(caption));
      }
    }
    for (Element row : rows(table)) {
      for (Element cell : cells(row)) {
        content.appendChild(blockOf(cell));
      }
    }
    return content;
  }

  private static Element blockOf(Element container) {
    Element block = new Element("div");
    block.appendChildren(new ArrayList<>(container.childNodes()));
    return block;
  }

  /** The table's own rows, not those of tables nested in it. */
  static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      if (child.nameIs("tr")) {
        rows.add(child);
      } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
        for (Element row : child.children()) {
          if (row.nameIs("tr")) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  static List<Element> cells(Element row) {
    List<Element> cells = new ArrayList<>();
    for (Element cell : row.children()) {
      if (cell.nameIs("td") || cell.nameIs("th")) {
        cells.add(cell);
      }
    }
    return cells;
  }
}
