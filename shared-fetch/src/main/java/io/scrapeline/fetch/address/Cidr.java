package io.scrapeline.fetch.address;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An address range in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); a bare address is a
 * range of one. Parsing never touches DNS: only literal addresses are accepted.
 *
 * @param network the range's first address, its host bits cleared
 * @param prefixLength how many leading bits every address of the range shares
 */
public record Cidr(InetAddress network, int prefixLength) {

  /** Validates the prefix length against the address family. */
  public Cidr {
    int bits = network.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException(
          "prefix length " + prefixLength + " is not within 0.." + bits);
    }
  }

  /**
   * Parses {@code text}, e.g. {@code 127.0.0.0/8}, {@code ::1/128} or {@code 192.0.2.7}.
   *
   * @throws IllegalArgumentException when it is not a literal address with an optional prefix
   */
  public static Cidr parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    InetAddress parsed =
        literal(address)
            .orElseThrow(
                () -> new IllegalArgumentException("'" + text + "' is not an address range"));
    int bits = parsed.getAddress().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(trimmed.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' has no valid prefix length");
      }
      // "::ffff:10.0.0.0/104": Java reads the IPv4-mapped form as the IPv4 address itself.
      if (parsed instanceof Inet4Address && address.contains(":") && prefix >= 96) {
        prefix -= 96;
      }
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("'" + text + "' has no valid prefix length");
    }
    return new Cidr(masked(parsed, prefix), prefix);
  }

  /** Whether {@code address} lies in this range (an address of the other family never does). */
  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    byte[] base = network.getAddress();
    if (candidate.length != base.length) {
      return false;
    }
    int full = prefixLength / 8;
    for (int i = 0; i < full; i++) {
      if (candidate[i] != base[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (candidate[full] & mask) == (base[full] & mask);
  }

  @Override
  public String toString() {
    return network.getHostAddress() + "/" + prefixLength;
  }

  /** {@code text} as a literal IPv4 (dotted quad) or IPv6 address; empty for anything else. */
  static Optional<InetAddress> literal(String text) {
    String host = text.trim();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty()) {
      return Optional.empty();
    }
    if (host.indexOf(':') >= 0) {
      if (!host.toLowerCase(Locale.ROOT).matches("[0-9a-f:.%]+[0-9a-z._-]*")) {
        return Optional.empty();
      }
      try {
        // A text with a colon is an IPv6 literal to the JDK: it is parsed, never looked up.
        return Optional.of(InetAddress.getByName(host));
      } catch (java.net.UnknownHostException | SecurityException e) {
        return Optional.empty();
      }
    }
    return Ipv4Literals.dottedQuad(host);
  }

  private static InetAddress masked(InetAddress address, int prefix) {
    byte[] bytes = Arrays.copyOf(address.getAddress(), address.getAddress().length);
    for (int bit = prefix; bit < bytes.length * 8; bit++) {
      bytes[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("a 4 or 16 byte address is always valid", e);
    }
  }
}
