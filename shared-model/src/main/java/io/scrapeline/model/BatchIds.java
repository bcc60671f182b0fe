package io.scrapeline.model;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered batch ids (UUID version 7, RFC 9562): newest batches sort last, indexes stay
 * compact. The gateway assigns them to submitted batches, the result store to the child batches of
 * sitemap fan-outs.
 */
public final class BatchIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private BatchIds() {}

  public static UUID next() {
    long millis = System.currentTimeMillis();
    long randomA = RANDOM.nextInt(1 << 12);
    long mostSignificant = (millis << 16) | (0x7L << 12) | randomA;
    long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(mostSignificant, leastSignificant);
  }
}
