package io.scrapeline.bench;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of realistic pages between 20 and 120 KB: articles with the usual chrome
 * (cookie banner, header, navigation, sidebars, share blocks, related links, comment threads,
 * footer, inline scripts and styles), data tables, code documentation, long link lists, and a few
 * legacy pages laid out with nested tables (the case FINDINGS.md says extraction must survive). The
 * same seed always gives the same bytes.
 */
final class Corpus {

  static final int MIN_BYTES = 20 * 1024;
  static final int MAX_BYTES = 120 * 1024;

  /** Share of each kind, in per cent. */
  enum Kind {
    ARTICLE(40),
    TABLE(20),
    CODE(20),
    LIST(15),
    LEGACY(5);

    final int percent;

    Kind(int percent) {
      this.percent = percent;
    }
  }

  private final byte[][] pages;
  private final Kind[] kinds;

  Corpus(long seed, int count) {
    pages = new byte[count][];
    kinds = new Kind[count];
    for (int n = 0; n < count; n++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
      Kind kind = pick(random);
      kinds[n] = kind;
      pages[n] = new PageWriter(random, n, kind).write().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The page served for URL number {@code n} (the corpus repeats every {@link #size()} pages). */
  byte[] page(long n) {
    return pages[(int) Math.floorMod(n, (long) pages.length)];
  }

  int size() {
    return pages.length;
  }

  /** Sizes and kinds, for the report. */
  Map<String, Object> describe() {
    long total = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (byte[] page : pages) {
      total += page.length;
      min = Math.min(min, page.length);
      max = Math.max(max, page.length);
    }
    Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
    for (Kind kind : kinds) {
      byKind.merge(kind, 1, Integer::sum);
    }
    Map<String, Object> kindsOut = new LinkedHashMap<>();
    byKind.forEach((kind, n) -> kindsOut.put(kind.name().toLowerCase(), n));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("distinct_pages", pages.length);
    out.put("min_kb", Math.round(min / 102.4) / 10.0);
    out.put("mean_kb", Math.round(total / (double) pages.length / 102.4) / 10.0);
    out.put("max_kb", Math.round(max / 102.4) / 10.0);
    out.put("kinds", kindsOut);
    return out;
  }

  private static Kind pick(SplittableRandom random) {
    int roll = random.nextInt(100);
    for (Kind kind : Kind.values()) {
      roll -= kind.percent;
      if (roll < 0) {
        return kind;
      }
    }
    return Kind.ARTICLE;
  }

  /** Writes one page: head, chrome, main content filled up to the page's target size, tail. */
  private static final class PageWriter {

    private static final String[] WORDS = {
      "the",
      "of",
      "and",
      "to",
      "in",
      "is",
      "that",
      "for",
      "it",
      "as",
      "was",
      "with",
      "be",
      "by",
      "on",
      "not",
      "he",
      "this",
      "are",
      "or",
      "his",
      "from",
      "at",
      "which",
      "but",
      "have",
      "an",
      "had",
      "they",
      "you",
      "were",
      "their",
      "one",
      "all",
      "we",
      "can",
      "her",
      "has",
      "there",
      "been",
      "if",
      "more",
      "when",
      "will",
      "would",
      "who",
      "so",
      "no",
      "system",
      "market",
      "government",
      "people",
      "research",
      "data",
      "city",
      "water",
      "energy",
      "company",
      "report",
      "policy",
      "network",
      "service",
      "model",
      "process",
      "history",
      "council",
      "project",
      "analysis",
      "season",
      "team",
      "court",
      "school",
      "health",
      "price",
      "growth",
      "software",
      "release",
      "version",
      "security",
      "performance",
      "community",
      "election",
      "climate",
      "library",
      "museum",
      "river",
      "mountain",
      "engine",
      "vehicle",
      "storage",
      "memory",
      "queue",
      "partition",
      "customer",
      "product",
      "design",
      "quality",
      "source",
      "language",
      "question",
      "answer",
      "problem",
      "solution",
      "evidence",
      "experiment",
      "result",
      "method",
      "theory",
      "village",
      "harbour",
      "railway",
      "station",
      "festival",
      "album",
      "record",
      "player",
      "match",
      "league",
      "budget",
      "investment",
      "interest",
      "inflation",
      "tax",
      "regulation",
      "agreement",
      "minister",
      "president",
      "committee",
      "decision",
      "public",
      "private",
      "national",
      "local",
      "global",
      "digital",
      "early",
      "recent",
      "major",
      "several",
      "various",
      "important",
      "significant",
      "different",
      "common",
      "large",
      "small",
      "new",
      "old",
      "high",
      "low",
      "long",
      "short",
      "fast",
      "slow",
      "open",
      "closed",
      "simple",
      "complex",
      "modern",
      "ancient",
      "rural",
      "urban",
      "coastal",
      "northern",
      "southern",
      "eastern",
      "western",
      "increase",
      "decrease",
      "support",
      "develop",
      "include",
      "provide",
      "consider",
      "describe",
      "measure",
      "publish",
      "announce",
      "reduce",
      "improve",
      "maintain",
      "require",
      "allow",
      "suggest",
      "indicate",
      "remain",
      "become",
      "continue",
      "change",
      "follow",
      "create",
      "build",
      "run",
      "write",
      "read",
      "send",
      "receive",
      "store",
      "fetch",
      "parse",
      "convert",
      "café",
      "naïve",
      "résumé",
      "Zürich",
      "São Paulo",
      "Kraków",
      "über",
      "–",
      "“quoted”",
    };

    private static final String[] LANGS = {"java", "python", "javascript", "go", "rust", "bash"};

    private final SplittableRandom random;
    private final int n;
    private final Kind kind;
    private final int target;
    private final String title;

    PageWriter(SplittableRandom random, int n, Kind kind) {
      this.random = random;
      this.n = n;
      this.kind = kind;
      // Leave room for the last block so the page never exceeds MAX_BYTES.
      this.target = MIN_BYTES + random.nextInt(MAX_BYTES - MIN_BYTES - 6 * 1024);
      this.title = capitalize(words(4 + random.nextInt(6)));
    }

    String write() {
      StringBuilder head = new StringBuilder(8 * 1024);
      StringBuilder tail = new StringBuilder(16 * 1024);
      if (kind == Kind.LEGACY) {
        legacyHead(head);
        legacyTail(tail);
      } else {
        documentHead(head);
        chromeTop(head);
        chromeBottom(tail);
      }
      StringBuilder main = new StringBuilder(target);
      int budget = target - head.length() - tail.length();
      switch (kind) {
        case ARTICLE -> article(main, budget);
        case TABLE -> tables(main, budget);
        case CODE -> codeDocs(main, budget);
        case LIST -> lists(main, budget);
        case LEGACY -> legacyPosts(main, budget);
      }
      return head.append(main).append(tail).toString();
    }

    // ---------------------------------------------------------------- head and chrome

    private void documentHead(StringBuilder out) {
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>")
          .append(title)
          .append(" | Example ")
          .append(kind == Kind.CODE ? "Docs" : "News")
          .append("</title>\n<meta name=\"description\" content=\"")
          .append(sentence())
          .append("\">\n<link rel=\"canonical\" href=\"/page/")
          .append(n)
          .append("\">\n<meta property=\"og:title\" content=\"")
          .append(title)
          .append("\">\n<meta property=\"og:type\" content=\"article\">\n")
          .append("<link rel=\"stylesheet\" href=\"/static/site.")
          .append(Integer.toHexString(n * 7919))
          .append(".css\">\n<style>\n");
      for (int rule = 0; rule < 30 + random.nextInt(40); rule++) {
        out.append('.')
            .append(word().replaceAll("[^a-z]", "x"))
            .append("-")
            .append(rule)
            .append("{margin:")
            .append(random.nextInt(24))
            .append("px;padding:")
            .append(random.nextInt(16))
            .append("px;color:#")
            .append(Integer.toHexString(0x100000 + random.nextInt(0xeffff)))
            .append(";display:flex}\n");
      }
      out.append("</style>\n<script>\nwindow.dataLayer=window.dataLayer||[];")
          .append("function gtag(){dataLayer.push(arguments)}gtag('js',new Date());")
          .append("gtag('config','G-")
          .append(Integer.toHexString(n))
          .append("');\n");
      for (int line = 0; line < 10 + random.nextInt(30); line++) {
        out.append("var m")
            .append(line)
            .append("=document.querySelector('.")
            .append(word().replaceAll("[^a-z]", "x"))
            .append("');if(m")
            .append(line)
            .append("){m")
            .append(line)
            .append(".addEventListener('click',function(e){e.preventDefault();}})}\n");
      }
      out.append("</script>\n<script type=\"application/ld+json\">{\"@context\":")
          .append("\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
          .append(title)
          .append("\",\"datePublished\":\"2025-0")
          .append(1 + random.nextInt(9))
          .append("-1")
          .append(random.nextInt(10))
          .append("T08:00:00Z\"}</script>\n</head>\n");
    }

    private void chromeTop(StringBuilder out) {
      out.append("<body class=\"")
          .append(kind.name().toLowerCase())
          .append("-page\">\n<div id=\"cookie-banner\" class=\"cookie-consent\"><p>")
          .append(sentence())
          .append(" <a href=\"/privacy\">Privacy policy</a></p><button>Accept all</button>")
          .append("<button>Reject</button></div>\n<header class=\"site-header\">\n")
          .append(
              "<div class=\"logo\"><a href=\"/\"><img src=\"/static/logo.svg\" alt=\"Example\">")
          .append("</a></div>\n<nav class=\"main-nav\" aria-label=\"Main\"><ul>\n");
      int sections = 8 + random.nextInt(10);
      for (int s = 0; s < sections; s++) {
        String name = capitalize(word());
        out.append("<li class=\"menu-item\"><a href=\"/section/")
            .append(s)
            .append("\">")
            .append(name)
            .append("</a><ul class=\"submenu\">");
        for (int sub = 0; sub < 3 + random.nextInt(6); sub++) {
          out.append("<li><a href=\"/section/")
              .append(s)
              .append('/')
              .append(sub)
              .append("\">")
              .append(capitalize(words(2)))
              .append("</a></li>");
        }
        out.append("</ul></li>\n");
      }
      out.append("</ul></nav>\n<form class=\"search\" action=\"/search\"><input type=\"search\" ")
          .append("name=\"q\" placeholder=\"Search\"><button type=\"submit\">Go</button></form>\n")
          .append(
              "</header>\n<div class=\"breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/section/")
          .append(n % 12)
          .append("\">")
          .append(capitalize(word()))
          .append("</a> › <span>")
          .append(title)
          .append("</span></div>\n<div class=\"layout\">\n");
      if (kind == Kind.CODE) {
        docsSidebar(out);
      } else {
        out.append("<aside class=\"sidebar sidebar-left\"><h3>Sections</h3><ul>");
        for (int i = 0; i < 10 + random.nextInt(15); i++) {
          out.append("<li><a href=\"/topic/")
              .append(random.nextInt(5000))
              .append("\">")
              .append(capitalize(words(2)))
              .append("</a></li>");
        }
        out.append("</ul></aside>\n");
      }
      out.append("<main id=\"content\">\n");
    }

    private void docsSidebar(StringBuilder out) {
      out.append("<nav class=\"docs-sidebar\" aria-label=\"Documentation\"><ul class=\"toc\">\n");
      for (int chapter = 0; chapter < 10 + random.nextInt(10); chapter++) {
        out.append("<li><a href=\"/docs/")
            .append(chapter)
            .append("\">")
            .append(capitalize(words(2)))
            .append("</a><ul>");
        for (int page = 0; page < 4 + random.nextInt(8); page++) {
          out.append("<li><a href=\"/docs/")
              .append(chapter)
              .append('/')
              .append(page)
              .append("\">")
              .append(capitalize(words(3)))
              .append("</a></li>");
        }
        out.append("</ul></li>\n");
      }
      out.append("</ul></nav>\n");
    }

    private void chromeBottom(StringBuilder out) {
      out.append("</main>\n<aside class=\"sidebar sidebar-right\">\n<div class=\"ad\" ")
          .append("data-slot=\"right-1\"><a href=\"https://ads.example.net/click?id=")
          .append(random.nextInt(100000))
          .append("\"><img src=\"/ads/")
          .append(random.nextInt(100))
          .append(".jpg\" alt=\"Advertisement\"></a></div>\n")
          .append("<div class=\"newsletter\"><h3>Newsletter</h3><p>")
          .append(sentence())
          .append("</p><form action=\"/subscribe\"><input type=\"email\" name=\"email\">")
          .append(
              "<button>Subscribe</button></form></div>\n<div class=\"popular\"><h3>Most read</h3><ol>");
      for (int i = 0; i < 5 + random.nextInt(6); i++) {
        out.append("<li><a href=\"/page/")
            .append(random.nextInt(100000))
            .append("\">")
            .append(capitalize(words(6)))
            .append("</a></li>");
      }
      out.append("</ol></div>\n</aside>\n</div>\n<footer class=\"site-footer\">\n");
      for (int column = 0; column < 4; column++) {
        out.append("<div class=\"footer-column\"><h4>")
            .append(capitalize(word()))
            .append("</h4><ul>");
        for (int i = 0; i < 5 + random.nextInt(5); i++) {
          out.append("<li><a href=\"/about/")
              .append(column)
              .append('/')
              .append(i)
              .append("\">")
              .append(capitalize(words(2)))
              .append("</a></li>");
        }
        out.append("</ul></div>\n");
      }
      out.append("<p class=\"copyright\">© 2025 Example Media Group. ")
          .append(sentence())
          .append("</p>\n</footer>\n<script src=\"/static/app.")
          .append(Integer.toHexString(n * 31))
          .append(".js\" defer></script>\n</body>\n</html>\n");
    }

    // ---------------------------------------------------------------- main content kinds

    private void article(StringBuilder out, int budget) {
      int start = out.length();
      out.append("<article class=\"story\">\n<h1>")
          .append(title)
          .append("</h1>\n<p class=\"byline\">By <a href=\"/author/")
          .append(random.nextInt(300))
          .append("\">")
          .append(capitalize(word()))
          .append(' ')
          .append(capitalize(word()))
          .append("</a> · <time datetime=\"2025-06-0")
          .append(1 + random.nextInt(9))
          .append("\">June 2025</time></p>\n<figure><img src=\"/img/")
          .append(n)
          .append(".jpg\" alt=\"")
          .append(words(5))
          .append("\"><figcaption>")
          .append(sentence())
          .append("</figcaption></figure>\n");
      // Comments and related links come after the story; keep about a quarter of the budget.
      int storyBudget = budget * 3 / 4;
      while (out.length() - start < storyBudget) {
        int roll = random.nextInt(20);
        if (roll == 0) {
          out.append("<h2>").append(capitalize(words(3 + random.nextInt(4)))).append("</h2>\n");
        } else if (roll == 1) {
          out.append("<h3>").append(capitalize(words(3))).append("</h3>\n");
        } else if (roll == 2) {
          out.append("<blockquote><p>").append(sentence()).append("</p></blockquote>\n");
        } else if (roll == 3) {
          list(out, "ul", 3 + random.nextInt(5));
        } else if (roll == 4) {
          out.append("<div class=\"inline-ad\"><span>Advertisement</span></div>\n");
        } else {
          paragraph(out);
        }
      }
      out.append("<div class=\"share\"><a href=\"https://social.example/share?u=/page/")
          .append(n)
          .append("\">Share</a> <a href=\"mailto:?subject=")
          .append(title.replace(' ', '+'))
          .append("\">Email</a> <button class=\"copy-link\">Copy link</button></div>\n")
          .append("</article>\n<section class=\"related\"><h2>Related</h2><ul>\n");
      for (int i = 0; i < 4 + random.nextInt(5); i++) {
        out.append("<li class=\"card\"><a href=\"/page/")
            .append(random.nextInt(100000))
            .append("\"><img src=\"/thumb/")
            .append(random.nextInt(1000))
            .append(".jpg\" alt=\"\"><span>")
            .append(capitalize(words(7)))
            .append("</span></a></li>\n");
      }
      out.append(
          "</ul></section>\n<section class=\"comments\" id=\"comments\"><h2>Comments</h2>\n");
      int comment = 0;
      while (out.length() - start < budget) {
        out.append("<div class=\"comment\" id=\"c")
            .append(comment++)
            .append("\"><div class=\"comment-author\">")
            .append(word())
            .append(random.nextInt(1000))
            .append("</div><div class=\"comment-body\"><p>")
            .append(sentence());
        if (random.nextBoolean()) {
          out.append(' ').append(sentence());
        }
        out.append("</p></div><div class=\"comment-actions\"><a href=\"#reply\">Reply</a> ")
            .append("<a href=\"#report\">Report</a> <span class=\"votes\">")
            .append(random.nextInt(200))
            .append("</span></div></div>\n");
      }
      out.append("</section>\n");
    }

    private void tables(StringBuilder out, int budget) {
      int start = out.length();
      out.append("<article class=\"data\">\n<h1>").append(title).append("</h1>\n");
      paragraph(out);
      int table = 0;
      while (out.length() - start < budget) {
        int columns = 4 + random.nextInt(8);
        out.append("<h2>")
            .append(capitalize(words(3)))
            .append("</h2>\n<table class=\"data-table\">\n<caption>Table ")
            .append(++table)
            .append(": ")
            .append(words(6))
            .append("</caption>\n<thead><tr>");
        for (int c = 0; c < columns; c++) {
          out.append("<th scope=\"col\">").append(capitalize(word())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        int rows = 20 + random.nextInt(120);
        for (int r = 0; r < rows && out.length() - start < budget; r++) {
          out.append("<tr><td><a href=\"/entity/")
              .append(random.nextInt(100000))
              .append("\">")
              .append(capitalize(words(2)))
              .append("</a></td>");
          for (int c = 1; c < columns; c++) {
            out.append("<td>");
            switch (random.nextInt(4)) {
              case 0 -> out.append(random.nextInt(1_000_000));
              case 1 -> out.append(String.format("%.2f", random.nextDouble() * 1000));
              case 2 ->
                  out.append("2025-0")
                      .append(1 + random.nextInt(9))
                      .append("-1")
                      .append(random.nextInt(10));
              default -> out.append(word());
            }
            out.append("</td>");
          }
          out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (random.nextBoolean()) {
          paragraph(out);
        }
      }
      out.append("</article>\n");
    }

    private void codeDocs(StringBuilder out, int budget) {
      int start = out.length();
      out.append("<article class=\"docs\">\n<h1>").append(title).append("</h1>\n");
      paragraph(out);
      while (out.length() - start < budget) {
        int roll = random.nextInt(10);
        if (roll < 2) {
          out.append("<h2 id=\"s")
              .append(out.length())
              .append("\">")
              .append(capitalize(words(3)))
              .append("</h2>\n");
        } else if (roll < 5) {
          code(out);
        } else if (roll == 5) {
          out.append("<div class=\"admonition note\"><p class=\"admonition-title\">Note</p><p>")
              .append(sentence())
              .append(" Use <code>")
              .append(identifier())
              .append("()</code> instead.</p></div>\n");
        } else if (roll == 6) {
          parameterTable(out);
        } else {
          out.append("<p>")
              .append(sentence())
              .append(" The <code>")
              .append(identifier())
              .append("</code> ")
              .append(sentence().toLowerCase())
              .append("</p>\n");
        }
      }
      out.append("</article>\n<nav class=\"pager\"><a href=\"/docs/prev\">Previous</a>")
          .append("<a href=\"/docs/next\">Next</a></nav>\n");
    }

    private void code(StringBuilder out) {
      String lang = LANGS[random.nextInt(LANGS.length)];
      out.append("<pre><code class=\"language-").append(lang).append("\">");
      int lines = 6 + random.nextInt(30);
      int depth = 0;
      for (int line = 0; line < lines; line++) {
        out.append("  ".repeat(depth));
        switch (random.nextInt(5)) {
          case 0 -> {
            out.append("if (")
                .append(identifier())
                .append(" &lt; ")
                .append(random.nextInt(100))
                .append(") {\n");
            depth = Math.min(depth + 1, 4);
          }
          case 1 -> {
            out.append("}\n");
            depth = Math.max(depth - 1, 0);
          }
          case 2 -> out.append("// ").append(sentence()).append('\n');
          default ->
              out.append("var ")
                  .append(identifier())
                  .append(" = ")
                  .append(identifier())
                  .append("(\"")
                  .append(word())
                  .append("\", ")
                  .append(random.nextInt(1000))
                  .append(");\n");
        }
      }
      out.append("</code></pre>\n");
    }

    private void parameterTable(StringBuilder out) {
      out.append("<table><thead><tr><th>Parameter</th><th>Type</th><th>Default</th>")
          .append("<th>Description</th></tr></thead><tbody>\n");
      for (int r = 0; r < 3 + random.nextInt(8); r++) {
        out.append("<tr><td><code>")
            .append(identifier())
            .append("</code></td><td>")
            .append(random.nextBoolean() ? "int" : "string")
            .append("</td><td>")
            .append(random.nextInt(100))
            .append("</td><td>")
            .append(sentence())
            .append("</td></tr>\n");
      }
      out.append("</tbody></table>\n");
    }

    private void lists(StringBuilder out, int budget) {
      int start = out.length();
      out.append("<article class=\"index\">\n<h1>").append(title).append("</h1>\n");
      paragraph(out);
      char letter = 'A';
      while (out.length() - start < budget) {
        out.append("<h2 id=\"").append(letter).append("\">").append(letter).append("</h2>\n");
        letter = letter == 'Z' ? 'A' : (char) (letter + 1);
        if (random.nextInt(5) == 0) {
          out.append("<dl>\n");
          for (int i = 0; i < 10 + random.nextInt(20); i++) {
            out.append("<dt>")
                .append(capitalize(word()))
                .append("</dt><dd>")
                .append(sentence())
                .append("</dd>\n");
          }
          out.append("</dl>\n");
          continue;
        }
        String tag = random.nextInt(3) == 0 ? "ol" : "ul";
        out.append('<').append(tag).append(">\n");
        int items = 20 + random.nextInt(60);
        for (int i = 0; i < items && out.length() - start < budget; i++) {
          out.append("<li><a href=\"/page/")
              .append(random.nextInt(100000))
              .append("\">")
              .append(capitalize(words(2 + random.nextInt(4))))
              .append("</a> — ")
              .append(words(6 + random.nextInt(10)));
          if (random.nextInt(8) == 0) {
            list(out, "ul", 2 + random.nextInt(4));
          }
          out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
      }
      out.append("</article>\n");
    }

    // ---------------------------------------------------------------- legacy layout tables

    private void legacyHead(StringBuilder out) {
      out.append("<html><head><title>")
          .append(title)
          .append(" - Forum</title><meta http-equiv=\"Content-Type\" content=\"text/html; ")
          .append("charset=utf-8\"></head>\n<body bgcolor=\"#ffffff\">\n")
          .append("<table width=\"100%\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\">\n")
          .append("<tr><td colspan=\"2\"><table width=\"100%\"><tr><td><img src=\"/logo.gif\">")
          .append("</td><td align=\"right\"><a href=\"/login\">Login</a> | <a href=\"/register\">")
          .append(
              "Register</a></td></tr></table></td></tr>\n<tr><td width=\"160\" valign=\"top\">");
      for (int i = 0; i < 15 + random.nextInt(15); i++) {
        out.append("<a href=\"/forum/")
            .append(i)
            .append("\">")
            .append(capitalize(words(2)))
            .append("</a><br>\n");
      }
      out.append("</td>\n<td valign=\"top\">\n<h1>").append(title).append("</h1>\n");
    }

    private void legacyPosts(StringBuilder out, int budget) {
      int start = out.length();
      out.append("<table width=\"100%\" border=\"1\" cellpadding=\"4\">\n");
      while (out.length() - start < budget) {
        out.append("<tr><td width=\"120\" valign=\"top\"><b>")
            .append(word())
            .append(random.nextInt(1000))
            .append("</b><br>Posts: ")
            .append(random.nextInt(5000))
            .append("</td><td valign=\"top\">\n");
        int paragraphs = 1 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
          out.append("<p>").append(sentence()).append(' ').append(sentence()).append("</p>\n");
        }
        if (random.nextInt(3) == 0) {
          out.append("<table width=\"100%\"><tr><td><blockquote><p>")
              .append(sentence())
              .append("</p></blockquote></td></tr></table>\n");
        }
        out.append("<table width=\"100%\"><tr><td><small>")
            .append(words(8))
            .append("</small></td></tr></table>\n</td></tr>\n");
      }
      out.append("</table>\n");
    }

    private void legacyTail(StringBuilder out) {
      out.append("</td></tr>\n<tr><td colspan=\"2\" align=\"center\"><small>Powered by ")
          .append("phpForum 2.0 · <a href=\"/terms\">Terms</a></small></td></tr>\n</table>\n")
          .append("</body></html>\n");
    }

    // ---------------------------------------------------------------- text

    private void paragraph(StringBuilder out) {
      out.append("<p>");
      int sentences = 2 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          out.append(' ');
        }
        int roll = random.nextInt(10);
        if (roll == 0) {
          out.append("<a href=\"/page/")
              .append(random.nextInt(100000))
              .append("\">")
              .append(words(3))
              .append("</a> ")
              .append(sentence());
        } else if (roll == 1) {
          out.append("<strong>").append(words(3)).append("</strong> ").append(sentence());
        } else if (roll == 2) {
          out.append("<em>").append(words(2)).append("</em> ").append(sentence());
        } else {
          out.append(sentence());
        }
      }
      out.append("</p>\n");
    }

    private void list(StringBuilder out, String tag, int items) {
      out.append('<').append(tag).append('>');
      for (int i = 0; i < items; i++) {
        out.append("<li>").append(words(4 + random.nextInt(8))).append("</li>");
      }
      out.append("</").append(tag).append(">\n");
    }

    private String sentence() {
      return capitalize(words(8 + random.nextInt(18))) + (random.nextInt(6) == 0 ? "?" : ".");
    }

    private String words(int count) {
      StringBuilder out = new StringBuilder(count * 7);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          out.append(' ');
        }
        out.append(word());
      }
      return out.toString();
    }

    private String word() {
      return WORDS[random.nextInt(WORDS.length)];
    }

    private String identifier() {
      String first = word().replaceAll("[^a-z]", "");
      String second = capitalize(word().replaceAll("[^a-z]", ""));
      return (first.isEmpty() ? "value" : first) + (second.isEmpty() ? "Item" : second);
    }

    private static String capitalize(String text) {
      return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }
}
