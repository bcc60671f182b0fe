package io.scrapeline.scrapeworker.extract;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * HTML to GitHub-flavoured Markdown with flexmark, bounded: layout tables are unwrapped first (see
 * {@link LayoutTables}), and {@link #convert} runs each conversion on a thread of its own under a
 * time limit ({@link BoundedRunner}). A data table flexmark cannot convert becomes plain text
 * within the page's Markdown ({@link TableGuard}); a conversion that still throws, or overruns,
 * degrades to {@link PlainText}: one odd page must never stall a worker. {@link PageExtractor} runs
 * a page's whole extraction (parsing, main content, Markdown, links) on the same bounded threads,
 * under the same limit.
 */
public final class MarkdownConverter implements AutoCloseable {

  private final FlexmarkHtmlConverter flexmark = FlexmarkHtmlConverter.builder(options()).build();
  private final Function<Element, String> flexmarkMarkdown =
      content -> flexmark.convert(content).strip();
  private final BoundedRunner runner;

  /**
   * How long a page waits for an extraction thread before it degrades as busy: far longer than a
   * queue of ordinary pages takes to drain, so only threads held by abandoned work reach it.
   */
  static final Duration QUEUE_TIMEOUT = Duration.ofSeconds(30);

  /**
   * @param maxConcurrent conversions (or page extractions) running at once; more wait for a thread
   * @param timeout the time limit of one conversion or page extraction, from when it starts
   */
  public MarkdownConverter(int maxConcurrent, Duration timeout) {
    this.runner = new BoundedRunner(maxConcurrent, timeout, QUEUE_TIMEOUT, "extraction");
  }

  private static MutableDataSet options() {
    MutableDataSet options = new MutableDataSet();
    options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
    options.set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
    options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
    options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
    // A plain GFM thematic break rather than flexmark's "*** ** * ** ***".
    options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---");
    // Ids are anchors for the page's own scripts and links, not content: no "{#id}" suffixes.
    options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
    // Keep the page's own characters: by default “quotes”, dashes and ellipses become ASCII.
    options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
    options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
    return options;
  }

  /**
   * Markdown of {@code content}, which is left unchanged, converted under the time limit; plain
   * text when conversion fails or overruns.
   */
  public String convert(Element content, String pageUrl) throws InterruptedException {
    Element prepared = prepare(content);
    BoundedRunner.Outcome<String> markdown =
        runner.run(
            () -> TableGuard.convert(prepared, flexmarkMarkdown, pageUrl).text(),
            "Markdown conversion of " + pageUrl);
    return orPlainText(markdown.value(), content);
  }

  /**
   * Markdown of {@code content}, converted on the calling thread, for work that already runs under
   * {@link #bounded}: {@code content} is changed (and may be moved out of its document), which
   * saves a copy. Plain text when flexmark finds nothing.
   *
   * @throws RuntimeException when flexmark fails on the page, and not only on tables of it
   */
  ConvertedMarkdown toMarkdown(Element content, String pageUrl) {
    Element prepared = content;
    if (!prepared.nameIs("body")) {
      prepared = new Element("body").appendChild(prepared);
    }
    LayoutTables.unwrap(prepared);
    CodeBlocks.normalize(prepared);
    separateCaptions(prepared);
    ConvertedMarkdown markdown = TableGuard.convert(prepared, flexmarkMarkdown, pageUrl);
    return new ConvertedMarkdown(
        orPlainText(markdown.text(), prepared), markdown.plainTextTables());
  }

  /** Runs {@code work} on a bounded thread under this converter's time limit. */
  <T> BoundedRunner.Outcome<T> bounded(Callable<T> work, String what) throws InterruptedException {
    return runner.run(work, what);
  }

  /** A copy of {@code content} in the shape flexmark converts well. */
  private static Element prepare(Element content) {
    Element prepared = content.clone();
    if (!prepared.nameIs("body")) {
      // flexmark looks at the parent of a div: give the copy one.
      prepared = new Element("body").appendChild(prepared);
    }
    LayoutTables.unwrap(prepared);
    CodeBlocks.normalize(prepared);
    separateCaptions(prepared);
    return prepared;
  }

  /**
   * flexmark runs a figure's image and caption together on one line: the caption becomes a
   * paragraph of its own.
   */
  private static void separateCaptions(Element root) {
    for (Element caption : root.getElementsByTag("figcaption")) {
      caption.tagName("p");
    }
  }

  private static String orPlainText(String markdown, Element content) {
    if (markdown == null || (markdown.isBlank() && !content.text().isBlank())) {
      return PlainText.of(content);
    }
    return markdown;
  }

  @Override
  public void close() {
    runner.close();
  }
}
