package io.scrapeline.local.cli;

import java.util.List;

/**
 * The API's answer to a batch submission.
 *
 * @param total the URLs that will be scraped (invalid ones not counted)
 * @param invalidUrls the inputs the API rejected; they are not scraped
 */
record Submission(String id, String status, long total, List<String> invalidUrls) {

  Submission {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a submitted batch needs an id");
    }
    invalidUrls = List.copyOf(invalidUrls);
  }
}
