package io.scrapeline.scrapeworker.extract.readability;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it, after Mozilla Readability's lists, widened with the
 * names comment systems, newsletter tools and recommendation widgets use in the wild. The lists are
 * substrings of the lowercased class and id, matched with {@code indexOf}: as alternations of one
 * case-insensitive regex they cost a tenth of the extraction time.
 */
final class ClassWeight {

  /** Names of elements that are almost never the content (Readability's unlikelyCandidates). */
  private static final String[] UNLIKELY = {
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "cookie",
    "consent",
    "newsletter",
    "signup",
    "subscribe",
    "recirc",
    "most-read",
    "mostread",
    "trending",
    "discussion",
    "share",
    "sharing",
    "toolbar",
    "overlay"
  };

  /** Names that save an unlikely-looking element (Readability's okMaybeItsACandidate). */
  private static final String[] MAYBE = {
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow"
  };

  /** Names that count against an element when it is scored and cleaned. */
  private static final String[] NEGATIVE = {
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "discuss",
    "reply",
    "replies",
    "recirc",
    "recommend",
    "newsletter",
    "signup",
    "subscri",
    "popular",
    "trending",
    "taboola",
    "profile",
    "avatar",
    "vote",
    "byline-block",
    "author-bio"
  };

  /** Names that count for an element. */
  private static final String[] POSITIVE = {
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "markdown",
    "cooked",
    "documentation"
  };

  /** "respons" but not "responsive"; "hid" and "gate" as whole words. */
  private static final Pattern UNLIKELY_WORDS = Pattern.compile("respons(?!ive)|\\bgate\\b");

  private static final Pattern NEGATIVE_WORDS = Pattern.compile("respons(?!ive)|\\bhid\\b");

  /** Share widgets that are short enough to be buttons rather than content. */
  static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)");

  private ClassWeight() {}

  /** Up to +50 for content-like class and id, down to -50 for boilerplate-like ones. */
  static int of(Element element) {
    return weigh(element.className()) + weigh(element.id());
  }

  private static int weigh(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int weight = 0;
    if (containsAny(lower, NEGATIVE) || hasWord(lower, NEGATIVE_WORDS, "respons", "hid")) {
      weight -= 25;
    }
    if (containsAny(lower, POSITIVE)) {
      weight += 25;
    }
    return weight;
  }

  /** Whether class and id mark {@code element} as boilerplate that is not worth scoring. */
  static boolean isUnlikely(Element element) {
    String className = element.className();
    String id = element.id();
    if (className.isEmpty() && id.isEmpty()) {
      return false;
    }
    String names = (className + " " + id).toLowerCase(Locale.ROOT);
    return (containsAny(names, UNLIKELY) || hasWord(names, UNLIKELY_WORDS, "respons", "gate"))
        && !containsAny(names, MAYBE);
  }

  private static boolean containsAny(String names, String[] parts) {
    for (String part : parts) {
      if (names.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The regex runs only when one of its literal stems occurs: rarely. */
  private static boolean hasWord(String names, Pattern words, String stem, String other) {
    return (names.contains(stem) || names.contains(other)) && words.matcher(names).find();
  }
}
