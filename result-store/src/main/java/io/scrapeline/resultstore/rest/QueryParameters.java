package io.scrapeline.resultstore.rest;

import io.scrapeline.model.WireCode;
import io.scrapeline.resultstore.service.StoreException;
import java.util.UUID;
import java.util.function.Function;

/** Reads query and path parameters; a bad one is a 400 {@code invalid_request} that names it. */
final class QueryParameters {

  private QueryParameters() {}

  static String required(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      throw StoreException.invalidRequest(name + " is required");
    }
    return raw;
  }

  static int integer(String name, String raw, int defaultValue) {
    if (raw == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw StoreException.invalidRequest(name + " must be an integer");
    }
  }

  static Long optionalLong(String name, String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      throw StoreException.invalidRequest(name + " must be an integer");
    }
  }

  static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw StoreException.invalidRequest(name + " must be at least " + min + " but was " + value);
    }
    return value;
  }

  static int between(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw StoreException.invalidRequest(
          name + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** A wire code such as a status or kind, or null when absent and {@code optional}. */
  static <E extends WireCode> E code(
      String name, String raw, Function<String, E> fromCode, boolean optional) {
    if (raw == null && optional) {
      return null;
    }
    try {
      return fromCode.apply(required(name, raw));
    } catch (IllegalArgumentException e) {
      throw StoreException.invalidRequest(name + ": " + e.getMessage());
    }
  }

  /** An item's input index in a path; what is not one cannot name an item, so it is not found. */
  static int inputIndex(String raw) {
    try {
      int index = Integer.parseInt(raw);
      if (index >= 0) {
        return index;
      }
    } catch (NumberFormatException e) {
      // not an index: not found either
    }
    throw StoreException.notFound();
  }

  /** A batch id; what is not a UUID cannot name a batch, so it is not found. */
  static UUID batchId(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw StoreException.notFound();
    }
  }
}
