package io.scrapeline.fetch.address;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses the workers may connect to: every public unicast address, nothing private, local,
 * shared or special-purpose (loopback, RFC 1918, link-local with the cloud metadata service
 * 169.254.169.254, CGNAT, multicast, unspecified, broadcast, documentation and benchmarking ranges,
 * IPv6 ULA, site-local, IPv4-compatible and IPv4-mapped forms), unless the deployment allow-lists
 * the range ({@code SCRAPELINE_ALLOWED_CIDRS}).
 */
public final class AddressPolicy {

  /** A forbidden range and why: the reason goes into the item's error message. */
  private record Forbidden(Cidr range, String reason) {}

  private static final List<Forbidden> FORBIDDEN =
      List.of(
          forbidden("255.255.255.255/32", "broadcast"),
          forbidden("0.0.0.0/8", "unspecified ('this network')"),
          forbidden("10.0.0.0/8", "private"),
          forbidden("100.64.0.0/10", "shared address space (CGNAT)"),
          forbidden("127.0.0.0/8", "loopback"),
          forbidden("169.254.0.0/16", "link-local (cloud metadata)"),
          forbidden("172.16.0.0/12", "private"),
          forbidden("192.0.0.0/24", "IETF protocol assignments"),
          forbidden("192.0.2.0/24", "documentation"),
          forbidden("192.88.99.0/24", "6to4 relay anycast"),
          forbidden("192.168.0.0/16", "private"),
          forbidden("198.18.0.0/15", "benchmarking"),
          forbidden("198.51.100.0/24", "documentation"),
          forbidden("203.0.113.0/24", "documentation"),
          forbidden("224.0.0.0/4", "multicast"),
          forbidden("240.0.0.0/4", "reserved"),
          forbidden("::/128", "unspecified"),
          forbidden("::1/128", "loopback"),
          // IPv4-mapped addresses (::ffff:0:0/96) need no entry: the JDK turns every one into the
          // IPv4 address it maps, which is then checked, and connected to, as such.
          forbidden("::/96", "IPv4-compatible"),
          forbidden("64:ff9b:1::/48", "local-use NAT64"),
          forbidden("100::/64", "discard-only"),
          forbidden("2001::/32", "Teredo tunnel"),
          forbidden("2001:db8::/32", "documentation"),
          forbidden("fc00::/7", "unique local (ULA)"),
          forbidden("fe80::/10", "link-local"),
          forbidden("fec0::/10", "site-local"),
          forbidden("ff00::/8", "multicast"));

  /** NAT64 and 6to4 addresses carry an IPv4 address: that one must be allowed too. */
  private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");

  private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

  private final List<Cidr> allowed;

  public AddressPolicy(Collection<Cidr> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /** Nothing private allowed: the production default. */
  public static AddressPolicy strict() {
    return new AddressPolicy(List.of());
  }

  /**
   * A policy allowing the ranges of {@code cidrs} (blank entries ignored).
   *
   * @throws IllegalArgumentException naming the entry that is not a range
   */
  public static AddressPolicy allowing(Collection<String> cidrs) {
    return new AddressPolicy(
        cidrs.stream()
            .flatMap(entry -> List.of(entry.split(",")).stream())
            .map(String::trim)
            .filter(entry -> !entry.isEmpty())
            .map(Cidr::parse)
            .toList());
  }

  /** The allow-listed ranges. */
  public List<Cidr> allowed() {
    return allowed;
  }

  /** Why {@code address} may not be connected to, or empty when it may. */
  public Optional<String> refusal(InetAddress address) {
    if (allowed.stream().anyMatch(range -> range.contains(address))) {
      return Optional.empty();
    }
    Optional<String> own = forbiddenRange(address);
    if (own.isPresent()) {
      return own;
    }
    return embeddedIpv4(address)
        .flatMap(
            v4 -> refusal(v4).map(reason -> "embeds " + v4.getHostAddress() + ", " + reason + ","));
  }

  /** Whether {@code address} may be connected to. */
  public boolean permits(InetAddress address) {
    return refusal(address).isEmpty();
  }

  private static Optional<String> forbiddenRange(InetAddress address) {
    for (Forbidden forbidden : FORBIDDEN) {
      if (forbidden.range().contains(address)) {
        return Optional.of(forbidden.reason());
      }
    }
    return Optional.empty();
  }

  private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] bytes = address.getAddress();
    int offset;
    if (NAT64.contains(address)) {
      offset = 12;
    } else if (SIX_TO_FOUR.contains(address)) {
      offset = 2;
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(
          (Inet4Address)
              InetAddress.getByAddress(
                  new byte[] {
                    bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]
                  }));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }

  private static Forbidden forbidden(String cidr, String reason) {
    return new Forbidden(Cidr.parse(cidr), reason);
  }
}
