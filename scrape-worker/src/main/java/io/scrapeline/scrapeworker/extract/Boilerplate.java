package io.scrapeline.scrapeworker.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What only_main_content removes by name, in the spirit of Firecrawl's onlyMainContent list: page
 * chrome by tag and ARIA landmark; cookie and consent banners by the names generic themes and the
 * common consent managers (OneTrust, Cookiebot, Quantcast, Didomi, cookieconsent) use; ad slots;
 * share and social widgets; comment threads, breadcrumbs, skip links, pop-ups, newsletter boxes,
 * sidebars and related-article lists; MediaWiki's edit links, jump links, contents box, citation
 * marks and lists, navigation boxes and categories. It reads like the CSS selector list it was
 * ({@code nav, [role=navigation], [class*=cookie], #comments, .related, ...}, with jsoup's case
 * rules), matched by hand: profiling showed jsoup's evaluation of the 80 selectors, element by
 * element, at a seventh of the extraction time. What it may over-match is saved by the caller.
 */
final class Boilerplate {

  /** Chrome by tag. */
  private static final Set<String> TAGS =
      Set.of("nav", "header", "footer", "aside", "form", "iframe", "svg", "dialog", "menu");

  /** ARIA landmarks and dialogs ({@code [role=x]}, case-insensitive). */
  private static final Set<String> ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog");

  /** Cookie and consent banners: {@code [id*=x], [class*=x]}, case-insensitive substrings. */
  private static final String[] NAME_PARTS = {"cookie", "consent", "gdpr"};

  /** {@code #x}: case-sensitive ids. */
  private static final Set<String> IDS =
      Set.of(
          "onetrust-consent-sdk",
          "CybotCookiebotDialog",
          "didomi-host",
          "comments",
          "disqus_thread",
          "sidebar",
          "siteSub",
          "toc");

  /** Ad slots: {@code [id^=x]}, case-insensitive prefixes. */
  private static final String[] ID_PREFIXES = {"div-gpt-ad", "google_ads"};

  /** {@code .x}: class names, case-insensitive. */
  private static final Set<String> CLASSES =
      Set.of(
          // consent managers
          "qc-cmp2-container",
          "cc-window",
          // advertising
          "ad",
          "ads",
          "advert",
          "advertisement",
          "ad-slot",
          "ad-container",
          "adsbygoogle",
          "sponsored",
          // share and social widgets
          "share",
          "sharing",
          "share-buttons",
          "social",
          "social-share",
          "social-links",
          "social-media",
          // comments, breadcrumbs, skip links, pop-ups, newsletter boxes, sidebars, related lists
          "comments",
          "comment-list",
          "breadcrumb",
          "breadcrumbs",
          "skip-link",
          "modal",
          "popup",
          "newsletter",
          "sidebar",
          "related",
          "related-articles",
          "related-posts",
          // MediaWiki
          "mw-editsection",
          "mw-jump-link",
          "navbox",
          "catlinks",
          "printfooter",
          "reflist",
          "mw-references-wrap");

  private Boilerplate() {}

  static boolean matches(Element element) {
    if (TAGS.contains(element.normalName())) {
      return true;
    }
    if (element.attributesSize() == 0) {
      return false;
    }
    String role = element.attr("role");
    if (!role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (element.hasAttr("data-ad-slot")) {
      return true;
    }
    String id = element.id();
    if (!id.isEmpty() && (IDS.contains(id) || hasPart(id) || hasPrefix(id))) {
      return true;
    }
    String className = element.className();
    if (className.isEmpty()) {
      return false;
    }
    if (hasPart(className)) {
      return true;
    }
    String lower = className.toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < lower.length()) {
      int end = start;
      while (end < lower.length() && !Character.isWhitespace(lower.charAt(end))) {
        end++;
      }
      if (end > start) {
        String name = lower.substring(start, end);
        if (CLASSES.contains(name) || element.nameIs("sup") && name.equals("reference")) {
          return true;
        }
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean hasPart(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String part : NAME_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPrefix(String id) {
    for (String prefix : ID_PREFIXES) {
      if (id.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return true;
      }
    }
    return false;
  }
}
