package io.scrapeline.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum that travels as a fixed lowercase code, so renaming a constant never breaks the wire. */
public interface WireCode {

  /** The code written on the wire and in the public API. */
  String code();

  /**
   * The constant of {@code type} whose code is exactly {@code code}.
   *
   * @throws IllegalArgumentException naming {@code what} and the allowed codes when none matches
   */
  static <E extends Enum<E> & WireCode> E fromCode(Class<E> type, String code, String what) {
    if (code == null) {
      throw new IllegalArgumentException(what + " must not be null; allowed: " + allowed(type));
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "unknown " + what + " '" + code + "'; allowed: " + allowed(type));
  }

  private static <E extends Enum<E> & WireCode> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireCode::code)
        .collect(Collectors.joining(", "));
  }
}
