package io.scrapeline.sitemapworker.parse;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.url.UrlValidation;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Discovers the links of one input: a sitemap (followed through indexes, depth-limited, cycles
 * skipped) or a site root (sitemaps named in robots.txt, else {@code /sitemap.xml}). Links are
 * de-duplicated in first-seen order and capped at {@code maxUrls}; links that are not URLs the
 * pipeline accepts are left out.
 */
public final class SitemapDiscovery {

  /** Limits of one input's discovery. */
  public record Limits(int maxDepth, int maxSitemaps) {}

  /**
   * The outcome of one input.
   *
   * @param links discovered links, de-duplicated, in order
   * @param sitemapsFetched sitemap documents fetched (robots.txt not counted)
   * @param statusCode HTTP status of the first sitemap
   * @param error why the input failed, or null
   */
  public record Outcome(
      List<String> links, int sitemapsFetched, Integer statusCode, ItemError error) {}

  /** A sitemap still to fetch, and how many indexes deep it was found. */
  private record Pending(String url, int depth) {}

  private final SitemapSource source;
  private final SitemapDocumentParser parser;
  private final Limits limits;
  private final String robotName;

  public SitemapDiscovery(
      SitemapSource source, SitemapDocumentParser parser, Limits limits, String robotName) {
    this.source = source;
    this.parser = parser;
    this.limits = limits;
    this.robotName = robotName;
  }

  /**
   * Discovers the links of {@code input}.
   *
   * @throws InterruptedException when the worker is shutting down: the input is given back
   */
  public Outcome discover(String input, int maxUrls, boolean followIndex)
      throws InterruptedException {
    List<String> roots;
    try {
      roots = isSiteRoot(input) ? sitemapsOfSite(input) : List.of(input);
    } catch (SitemapSource.FetchFailure failure) {
      return failed(failure.code(), failure.getMessage(), failure.statusCode(), 0);
    }
    Walk walk = new Walk(maxUrls);
    roots.forEach(root -> walk.queue.add(new Pending(root, 0)));
    while (!walk.queue.isEmpty() && walk.attempts < limits.maxSitemaps() && !walk.full()) {
      Pending next = walk.queue.poll();
      if (walk.seen.add(next.url())) {
        visit(next, walk, followIndex);
      }
    }
    if (walk.parsed == 0 && walk.firstError != null) {
      // Nothing could be read at all: the input fails with what went wrong first.
      return new Outcome(List.of(), walk.fetched, walk.firstStatus, walk.firstError);
    }
    return new Outcome(List.copyOf(walk.links), walk.fetched, walk.firstStatus, null);
  }

  /** Fetches and parses one sitemap; an index queues its sitemaps, a sitemap adds its links. */
  private void visit(Pending next, Walk walk, boolean followIndex) throws InterruptedException {
    walk.attempts++;
    ParsedSitemap parsed;
    try {
      SitemapSource.Document document = source.fetch(next.url());
      walk.fetched++;
      walk.status(document.statusCode());
      parsed = parser.parse(next.url(), document.contentType(), document.body());
    } catch (SitemapSource.FetchFailure failure) {
      walk.status(failure.statusCode());
      walk.failed(new ItemError(failure.code(), failure.getMessage()));
      return;
    } catch (SitemapParseException e) {
      walk.failed(new ItemError(e.code(), e.getMessage()));
      return;
    }
    walk.parsed++;
    if (parsed instanceof ParsedSitemap.Index index) {
      if (followIndex && next.depth() < limits.maxDepth()) {
        index.sitemaps().forEach(child -> walk.queue.add(new Pending(child, next.depth() + 1)));
      } else {
        walk.addAll(index.sitemaps());
      }
    } else {
      walk.addAll(((ParsedSitemap.Links) parsed).urls());
    }
  }

  /** A URL with no path (or just "/") names a site, not a sitemap. */
  static boolean isSiteRoot(String url) {
    URI uri = UrlValidation.asciiUri(url);
    String path = uri.getRawPath();
    return (path == null || path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null;
  }

  private List<String> sitemapsOfSite(String root)
      throws SitemapSource.FetchFailure, InterruptedException {
    URI base = UrlValidation.asciiUri(root).resolve("/");
    String robotsUrl = base.resolve("/robots.txt").toString();
    List<String> named = List.of();
    try {
      SitemapSource.Document robots = source.fetch(robotsUrl);
      SimpleRobotRules rules =
          new SimpleRobotRulesParser()
              .parseContent(robotsUrl, robots.body(), robots.contentType(), List.of(robotName));
      named = rules.getSitemaps();
    } catch (SitemapSource.FetchFailure failure) {
      if (failure.code() != ItemErrorCode.HTTP_ERROR) {
        throw failure;
      }
    }
    return named.isEmpty()
        ? List.of(base.resolve("/sitemap.xml").toString())
        : new ArrayList<>(named);
  }

  /** The state of one input's discovery. */
  private static final class Walk {
    final Set<String> links = new LinkedHashSet<>();
    final Set<String> seen = new HashSet<>();
    final Deque<Pending> queue = new ArrayDeque<>();
    final int maxUrls;
    int attempts;
    int fetched;
    int parsed;
    Integer firstStatus;
    ItemError firstError;

    Walk(int maxUrls) {
      this.maxUrls = maxUrls;
    }

    boolean full() {
      return links.size() >= maxUrls;
    }

    void status(Integer status) {
      if (firstStatus == null) {
        firstStatus = status;
      }
    }

    void failed(ItemError error) {
      if (firstError == null) {
        firstError = error;
      }
    }

    /**
     * Adds the links the pipeline accepts (API.md's rule for a URL: http or https, a host, at most
     * 2048 characters, no credentials) until {@code maxUrls}; the others could never be scraped.
     */
    void addAll(List<String> more) {
      for (String link : more) {
        if (full()) {
          return;
        }
        if (UrlValidation.problem(link).isEmpty()) {
          links.add(link);
        }
      }
    }
  }

  private static Outcome failed(ItemErrorCode code, String message, Integer status, int fetched) {
    return new Outcome(List.of(), fetched, status, new ItemError(code, message));
  }
}
