package io.scrapeline.fetch.address;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Host names that are IPv4 addresses in disguise. Browsers (WHATWG URL) and the C resolver
 * (inet_aton) read {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1} and {@code 127.1} as
 * 127.0.0.1; so do we, so that such a host is checked as the address it is and never sent to DNS.
 */
final class Ipv4Literals {

  private Ipv4Literals() {}

  /**
   * {@code host} as an IPv4 address in any numeric form (1 to 4 parts, each decimal, octal with a
   * leading 0, or hexadecimal with 0x; a trailing dot allowed); empty when it is a name.
   */
  static Optional<InetAddress> parse(String host) {
    String text = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (text.isEmpty() || text.startsWith(".")) {
      return Optional.empty();
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length > 4) {
      return Optional.empty();
    }
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Optional<Long> number = number(parts[i]);
      if (number.isEmpty()) {
        return Optional.empty();
      }
      numbers[i] = number.get();
    }
    long value = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (numbers[i] > 255) {
        return Optional.empty();
      }
      value |= numbers[i] << (8 * (3 - i));
    }
    long last = numbers[parts.length - 1];
    int lastBytes = 5 - parts.length;
    if (last >= 1L << (8 * lastBytes)) {
      return Optional.empty();
    }
    value |= last;
    return Optional.of(address(value));
  }

  /** {@code host} as a strict dotted quad ({@code 10.0.0.1}); empty for any other form. */
  static Optional<InetAddress> dottedQuad(String host) {
    if (!host.matches("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}")) {
      return Optional.empty();
    }
    return parse(host);
  }

  private static Optional<Long> number(String part) {
    if (part.isEmpty()) {
      return Optional.empty();
    }
    String lower = part.toLowerCase(Locale.ROOT);
    int radix = 10;
    String digits = lower;
    if (lower.startsWith("0x")) {
      radix = 16;
      digits = lower.substring(2);
      if (digits.isEmpty()) {
        return Optional.of(0L);
      }
    } else if (lower.length() > 1 && lower.startsWith("0")) {
      radix = 8;
      digits = lower.substring(1);
    }
    if (digits.length() > 12) {
      return Optional.empty();
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(Long.parseLong(digits, radix));
  }

  private static InetAddress address(long value) {
    byte[] bytes = {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }
}
