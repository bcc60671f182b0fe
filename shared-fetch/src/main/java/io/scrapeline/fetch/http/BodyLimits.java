package io.scrapeline.fetch.http;

import io.scrapeline.model.ItemErrorCode;

/** The one wording of body_too_large, whether the limit hit compressed or decompressed bytes. */
final class BodyLimits {

  private BodyLimits() {}

  static FetchFailure tooLarge(int maxBytes, String which) {
    return new FetchFailure(
        ItemErrorCode.BODY_TOO_LARGE, "the " + which + "body exceeds " + maxBytes + " bytes");
  }
}
