package io.scrapeline.sitemapworker.parse;

import java.util.List;

/**
 * What one sitemap document holds: page links (urlset, text, RSS, Atom) or further sitemaps (an
 * index).
 */
public sealed interface ParsedSitemap {

  /** A sitemap of pages. */
  record Links(List<String> urls) implements ParsedSitemap {
    public Links {
      urls = List.copyOf(urls);
    }
  }

  /** A sitemap index naming other sitemaps. */
  record Index(List<String> sitemaps) implements ParsedSitemap {
    public Index {
      sitemaps = List.copyOf(sitemaps);
    }
  }
}
