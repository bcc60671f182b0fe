package io.scrapeline.gateway.firecrawl;

import io.scrapeline.gateway.rest.ApiException;

/**
 * Firecrawl's {@code skip}/{@code limit} paging of a batch's results, read as the native {@code
 * from}/{@code page_size}: {@code skip} counts the batch's items in input order, finished or not,
 * so a page can hold fewer documents than {@code limit} while the batch runs or when items were
 * cancelled. {@code limit} is clamped to the native maximum page size.
 *
 * @param skip items to skip, at least 0
 * @param limit items to read, 1..{@value #MAX_LIMIT}
 */
public record FirecrawlPage(int skip, int limit) {

  /** The native API's largest page. */
  public static final int MAX_LIMIT = 100;

  public FirecrawlPage {
    if (skip < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("skip " + skip + " or limit " + limit + " out of range");
    }
  }

  /**
   * Reads the query parameters; absent ones default to the first page of {@value #MAX_LIMIT}.
   *
   * @throws ApiException 400 {@code invalid_request} for values that are not integers in range
   */
  public static FirecrawlPage of(String skip, String limit) {
    int from = parse(skip, "skip", 0);
    if (from < 0) {
      throw ApiException.invalidRequest("skip must be a non-negative integer");
    }
    int size = parse(limit, "limit", MAX_LIMIT);
    if (size < 1) {
      throw ApiException.invalidRequest("limit must be a positive integer");
    }
    return new FirecrawlPage(from, Math.min(size, MAX_LIMIT));
  }

  /** The page after this one, given how many items this one listed. */
  public FirecrawlPage after(int listed) {
    return new FirecrawlPage(skip + listed, limit);
  }

  private static int parse(String value, String name, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.invalidRequest(name + " must be an integer");
    }
  }
}
