package io.scrapeline.scrapeworker.extract;

import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ScrapeOptions;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Cuts a parsed page down to the content that becomes {@code html} and {@code markdown}: never
 * scripts and styles; then include_tags, exclude_tags and only_main_content, in that order.
 */
final class ContentSelection {

  /** Never content: code, styling, document metadata. */
  private static final Evaluator NEVER_CONTENT =
      QueryParser.parse("script, style, noscript, template, link, meta, base");

  private static final Evaluator WITH_HREF = QueryParser.parse("[href]");
  private static final Evaluator WITH_SRC = QueryParser.parse("[src]");

  /** Chrome that the plain-text fallback of only_main_content drops by tag alone. */
  private static final Evaluator PAGE_CHROME =
      QueryParser.parse("nav, footer, aside, form, dialog, menu");

  private ContentSelection() {}

  /** The content of {@code doc}, which it changes: read facts and links before. */
  static Element select(Document doc, ScrapeOptions options) {
    Element body = doc.body() != null ? doc.body() : doc.appendElement("body");
    body.select(NEVER_CONTENT).remove();
    removeComments(body);
    absolutize(body);
    Element content =
        options.includeTags().isEmpty() ? body : included(body, options.includeTags());
    for (String selector : options.excludeTags()) {
      select(content, selector).remove();
    }
    return options.onlyMainContent() ? MainContent.extract(content, doc.title()) : content;
  }

  /**
   * The elements matching any of {@code selectors}, outermost only, in page order. They go into a
   * detached {@code body}, so the result reads like a page to the converter and to callers.
   */
  private static Element included(Element body, List<String> selectors) {
    Set<Element> matches = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String selector : selectors) {
      matches.addAll(select(body, selector));
    }
    Element container = new Element("body");
    for (Element match : body.getAllElements()) {
      if (matches.contains(match) && !hasIncludedAncestor(match, matches, body)) {
        container.appendChild(match.clone());
      }
    }
    return container;
  }

  private static boolean hasIncludedAncestor(Element element, Set<Element> matches, Element body) {
    for (Element parent = element.parent(); parent != null && parent != body; ) {
      if (matches.contains(parent)) {
        return true;
      }
      parent = parent.parent();
    }
    return false;
  }

  private static Elements select(Element root, String selector) {
    try {
      return root.select(selector);
    } catch (Selector.SelectorParseException e) {
      throw new ExtractionException(
          ItemErrorCode.PARSE_ERROR, "'" + selector + "' is not a valid CSS selector", e);
    }
  }

  /**
   * The text of the page's body without code, styling and (for only_main_content) page chrome by
   * tag: the plain-text extraction of a page over its budget. Linear in the page, it cannot stall.
   */
  static String plainText(Document doc, boolean onlyMainContent) {
    Element body = doc.body() != null ? doc.body() : doc.appendElement("body");
    body.select(NEVER_CONTENT).remove();
    if (onlyMainContent) {
      body.select(PAGE_CHROME).remove();
    }
    return PlainText.of(body);
  }

  private static void removeComments(Element root) {
    root.nodeStream(Comment.class).toList().forEach(Comment::remove);
  }

  /** Links and images that still work once the HTML or Markdown leaves the page. */
  private static void absolutize(Element root) {
    UrlResolver resolver = new UrlResolver(root.baseUri());
    absolutize(root, WITH_HREF, "href", resolver);
    absolutize(root, WITH_SRC, "src", resolver);
  }

  private static void absolutize(
      Element root, Evaluator withAttribute, String attribute, UrlResolver resolver) {
    for (Element element : root.select(withAttribute)) {
      String absolute = resolver.resolve(element.attr(attribute));
      if (!absolute.isEmpty()) {
        element.attr(attribute, absolute);
      }
    }
  }
}
