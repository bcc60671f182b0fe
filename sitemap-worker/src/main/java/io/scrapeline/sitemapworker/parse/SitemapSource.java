package io.scrapeline.sitemapworker.parse;

import io.scrapeline.model.ItemErrorCode;

/** Where sitemap documents come from: the fetcher in production, a map of documents in tests. */
public interface SitemapSource {

  /** A fetched document. */
  record Document(int statusCode, String contentType, byte[] body) {}

  /** A fetch that failed, with the item error code it maps to. */
  final class FetchFailure extends Exception {
    private final ItemErrorCode code;
    private final Integer statusCode;

    public FetchFailure(ItemErrorCode code, String message, Integer statusCode) {
      super(message);
      this.code = code;
      this.statusCode = statusCode;
    }

    public ItemErrorCode code() {
      return code;
    }

    public Integer statusCode() {
      return statusCode;
    }
  }

  /**
   * Fetches {@code url}.
   *
   * @throws FetchFailure when the document could not be fetched, with the item error code
   * @throws InterruptedException when the worker is shutting down: the input is given back
   */
  Document fetch(String url) throws FetchFailure, InterruptedException;
}
