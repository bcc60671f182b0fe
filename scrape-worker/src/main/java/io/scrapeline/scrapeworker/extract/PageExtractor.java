package io.scrapeline.scrapeworker.extract;

import io.scrapeline.model.Format;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ScrapeData;
import io.scrapeline.model.ScrapeOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Turns a fetched page into the requested formats and its facts. Does no I/O; work for a format
 * that was not requested is skipped.
 *
 * <p>Bounded: the whole extraction of an HTML page (parsing, main content, Markdown, links) runs on
 * the {@link MarkdownConverter}'s bounded threads under its time limit, and its Markdown must fit
 * the {@link ExtractionBudget}. A page over either bound (time spent waiting for a free thread
 * counts), degrades to a plain-text extraction made on the caller's thread (linear, it cannot
 * stall), with {@link PageFacts#degraded()} true, and the {@link DegradationListener} is told.
 *
 * <p>A data table flexmark cannot convert does not degrade its page: it is written as plain text in
 * the page's Markdown ({@link TableGuard}), within the same time limit, the page is not marked
 * degraded, and the listener is told of the table.
 */
public final class PageExtractor {

  private final MarkdownConverter markdown;
  private final ExtractionBudget budget;
  private final DegradationListener listener;

  public PageExtractor(MarkdownConverter markdown) {
    this(markdown, ExtractionBudget.defaults(), DegradationListener.NONE);
  }

  public PageExtractor(
      MarkdownConverter markdown, ExtractionBudget budget, DegradationListener listener) {
    this.markdown = markdown;
    this.budget = budget;
    this.listener = listener;
  }

  /**
   * Extracts {@code source} as {@code options} ask.
   *
   * @throws ExtractionException parse_error when the page or a tag selector cannot be used
   * @throws InterruptedException when the worker is shutting down
   */
  public ExtractedPage extract(PageSource source, ScrapeOptions options)
      throws InterruptedException {
    if (isPlainText(source.contentType())) {
      return plainText(source, options.formats());
    }
    BoundedRunner.Outcome<FullExtraction> full =
        markdown.bounded(() -> full(source, options), "extraction of " + source.url());
    if (full.overrun() != null) {
      return degraded(source, options, full.overrun().tag());
    }
    ExtractedPage page = full.value().page();
    String md = page.data().markdown();
    if (md != null && utf8Length(md) > budget.maxMarkdownBytes()) {
      return degraded(source, options, "size");
    }
    if (full.value().plainTextTables() > 0) {
      listener.degradedTables(full.value().plainTextTables());
    }
    return page;
  }

  /**
   * A page extracted in full.
   *
   * @param plainTextTables tables written as plain text in its Markdown: flexmark could not convert
   *     them
   */
  private record FullExtraction(ExtractedPage page, int plainTextTables) {}

  /** The full extraction; checks between its steps whether it was given up on. */
  private FullExtraction full(PageSource source, ScrapeOptions options) {
    Document doc = parse(source);
    List<Format> formats = options.formats();
    PageFacts facts = PageFactsReader.read(doc, source.contentLanguage());
    List<String> links = formats.contains(Format.LINKS) ? LinkCollector.collect(doc) : null;
    String rawHtml = rawHtml(source, doc, formats);
    String html = null;
    String md = null;
    int plainTextTables = 0;
    Element content = null;
    if (formats.contains(Format.HTML) || formats.contains(Format.MARKDOWN)) {
      giveUpIfCancelled();
      content = ContentSelection.select(doc, options);
      if (formats.contains(Format.HTML)) {
        html = content.nameIs("body") ? content.html() : content.outerHtml();
      }
      if (formats.contains(Format.MARKDOWN)) {
        giveUpIfCancelled();
        ConvertedMarkdown converted = markdown.toMarkdown(content, source.url().toString());
        md = converted.text();
        plainTextTables = converted.plainTextTables();
      }
    }
    if (facts.language() == null) {
      String text = content != null ? md : doc.body() == null ? null : doc.body().text();
      facts = facts.withLanguageIfMissing(LanguageDetector.detect(text));
    }
    return new FullExtraction(
        new ExtractedPage(new ScrapeData(md, html, rawHtml, links), facts.withDegraded(false)),
        plainTextTables);
  }

  /**
   * The plain-text extraction of a page over its budget: the body's text without code, styling and
   * chrome by tag, cut to the Markdown size budget; {@code html} is that text in a pre.
   */
  private ExtractedPage degraded(PageSource source, ScrapeOptions options, String reason) {
    listener.degraded(reason);
    Document doc = parse(source);
    List<Format> formats = options.formats();
    PageFacts facts = PageFactsReader.read(doc, source.contentLanguage());
    List<String> links = formats.contains(Format.LINKS) ? LinkCollector.collect(doc) : null;
    String rawHtml = rawHtml(source, doc, formats);
    String text =
        truncate(
            ContentSelection.plainText(doc, options.onlyMainContent()), budget.maxMarkdownBytes());
    ScrapeData data =
        new ScrapeData(
            formats.contains(Format.MARKDOWN) ? text : null,
            formats.contains(Format.HTML) ? "<pre>" + Entities.escape(text) + "</pre>" : null,
            rawHtml,
            links);
    facts = facts.withLanguageIfMissing(LanguageDetector.detect(text)).withDegraded(true);
    return new ExtractedPage(data, facts);
  }

  private static Document parse(PageSource source) {
    try {
      return PageDecoding.html(source);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(ItemErrorCode.PARSE_ERROR, "cannot parse the page: " + e, e);
    }
  }

  private static String rawHtml(PageSource source, Document doc, List<Format> formats) {
    return formats.contains(Format.RAW_HTML)
        ? PageDecoding.text(source.body(), doc.charset())
        : null;
  }

  private static void giveUpIfCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("extraction overran its time budget");
    }
  }

  private static boolean isPlainText(String contentType) {
    return contentType != null
        && contentType.trim().toLowerCase(Locale.ROOT).startsWith("text/plain");
  }

  /** A text/plain page is its own Markdown; its HTML is the text, escaped, in a pre. */
  private ExtractedPage plainText(PageSource source, List<Format> formats) {
    String text = PageDecoding.plainText(source);
    boolean tooLarge = utf8Length(text) > budget.maxMarkdownBytes();
    if (tooLarge) {
      listener.degraded("size");
      text = truncate(text, budget.maxMarkdownBytes());
    }
    ScrapeData data =
        new ScrapeData(
            formats.contains(Format.MARKDOWN) ? text : null,
            formats.contains(Format.HTML) ? "<pre>" + Entities.escape(text) + "</pre>" : null,
            formats.contains(Format.RAW_HTML) ? PageDecoding.plainText(source) : null,
            formats.contains(Format.LINKS) ? List.of() : null);
    String language = PageFactsReader.firstLanguage(source.contentLanguage());
    PageFacts facts =
        PageFacts.language(language)
            .withLanguageIfMissing(LanguageDetector.detect(text))
            .withDegraded(tooLarge);
    return new ExtractedPage(data, facts);
  }

  /** UTF-8 size of {@code text} without encoding it. */
  static int utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return (int) Math.min(bytes, Integer.MAX_VALUE);
  }

  /** The longest prefix of {@code text} of at most {@code maxBytes} UTF-8 bytes. */
  static String truncate(String text, int maxBytes) {
    if (text.length() <= maxBytes / 3 || utf8Length(text) <= maxBytes) {
      return text;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int end = maxBytes;
    // Step back to the start of a character: continuation bytes are 10xxxxxx.
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--;
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }
}
