package io.scrapeline.k8s;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quarkus duration values: ISO-8601 ({@code PT30S}) or a number with a unit ({@code 30s}). */
final class Durations {

  private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

  private Durations() {}

  static Duration parse(String value) {
    if (value.startsWith("P") || value.startsWith("p")) {
      return Duration.parse(value);
    }
    Matcher simple = SIMPLE.matcher(value);
    if (!simple.matches()) {
      throw new AssertionError("not a Quarkus duration: " + value);
    }
    long amount = Long.parseLong(simple.group(1));
    String unit = simple.group(2) == null ? "s" : simple.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      case "d" -> Duration.ofDays(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
