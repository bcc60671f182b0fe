package io.scrapeline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the compact constructors, so every failure names its field. */
final class Require {

  private Require() {}

  static <T> T nonNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  static String nonBlank(String value, String name) {
    nonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
    }
    return value;
  }

  static int between(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  static Integer nullOrAtLeast(Integer value, int min, String name) {
    return value == null ? null : atLeast(value, min, name);
  }

  static Long nullOrAtLeast(Long value, long min, String name) {
    if (value != null && value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
    }
    return value;
  }

  /** An immutable copy of {@code values} (null reads as empty) without null or blank entries. */
  static List<String> nonBlankEntries(List<String> values, String name) {
    if (values == null) {
      return List.of();
    }
    List<String> copy = new ArrayList<>(values.size());
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not contain null or blank entries");
      }
      copy.add(value);
    }
    return List.copyOf(copy);
  }
}
