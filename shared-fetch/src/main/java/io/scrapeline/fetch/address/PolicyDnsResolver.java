package io.scrapeline.fetch.address;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's resolver, and so the only source of the addresses it connects to: a name is
 * resolved, every address is checked against the {@link AddressPolicy}, and only permitted ones are
 * handed out. A name whose addresses are all forbidden fails with {@link BlockedAddressException}
 * before any socket is opened. Hosts that are IP addresses in any notation (dotted, decimal, octal,
 * hexadecimal, short, IPv6) are parsed here and checked the same way, never sent to DNS.
 *
 * <p>Checked answers are cached for a short time, so that resolution can happen ahead of the
 * request, on a thread of our own ({@link #prepare}), and not on the client's I/O threads; the
 * cache only ever holds checked addresses, so there is no window between check and connection.
 */
public final class PolicyDnsResolver implements DnsResolver {

  private final AddressPolicy policy;
  private final HostLookup lookup;
  private final Cache<String, List<InetAddress>> checked;
  private final Consumer<InetAddress> handedOut;

  /**
   * @param policy which addresses may be used
   * @param lookup name resolution
   * @param cacheTtl how long a checked answer is reused (zero: never)
   * @param handedOut told of every address given to the connector, for tests and logs
   */
  public PolicyDnsResolver(
      AddressPolicy policy, HostLookup lookup, Duration cacheTtl, Consumer<InetAddress> handedOut) {
    this.policy = policy;
    this.lookup = lookup;
    this.checked = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(cacheTtl).build();
    this.handedOut = handedOut;
  }

  /** A resolver without a cache or an observer. */
  public PolicyDnsResolver(AddressPolicy policy, HostLookup lookup) {
    this(policy, lookup, Duration.ZERO, address -> {});
  }

  /**
   * Resolves and checks {@code host} on {@code executor}, so that the connection finds the answer
   * cached.
   */
  public CompletableFuture<Void> prepare(String host, Executor executor) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            permitted(host);
          } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
          }
        },
        executor);
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    List<InetAddress> addresses = permitted(host);
    addresses.forEach(handedOut);
    return addresses.toArray(InetAddress[]::new);
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    List<InetSocketAddress> endpoints = new ArrayList<>();
    for (InetAddress address : resolve(host)) {
      endpoints.add(new InetSocketAddress(address, port));
    }
    return endpoints;
  }

  /** Never a reverse lookup: the name stays as the request gave it. */
  @Override
  public String resolveCanonicalHostname(String host) {
    return host;
  }

  /**
   * The permitted addresses of {@code host}, from the cache or freshly resolved and checked.
   *
   * @throws BlockedAddressException when every address is forbidden
   * @throws UnknownHostException when the name does not resolve
   */
  public List<InetAddress> permitted(String host) throws UnknownHostException {
    String key = normalize(host);
    List<InetAddress> cached = checked.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    List<InetAddress> fresh = check(key, addressesOf(key));
    checked.put(key, fresh);
    return fresh;
  }

  private InetAddress[] addressesOf(String host) throws UnknownHostException {
    Optional<InetAddress> literal = Ipv4Literals.parse(host).or(() -> Cidr.literal(host));
    if (literal.isPresent()) {
      return new InetAddress[] {literal.get()};
    }
    if (host.indexOf(':') >= 0) {
      throw new UnknownHostException("'" + host + "' is not a valid IPv6 address");
    }
    InetAddress[] found = lookup.lookup(host);
    if (found == null || found.length == 0) {
      throw new UnknownHostException(host + " has no address");
    }
    return found;
  }

  private List<InetAddress> check(String host, InetAddress[] addresses)
      throws BlockedAddressException {
    List<InetAddress> permitted = new ArrayList<>(addresses.length);
    StringJoiner refused = new StringJoiner(", ");
    for (InetAddress address : addresses) {
      Optional<String> refusal = policy.refusal(address);
      if (refusal.isEmpty()) {
        permitted.add(address);
      } else {
        refused.add(address.getHostAddress() + " (" + refusal.get() + ")");
      }
    }
    if (permitted.isEmpty()) {
      throw new BlockedAddressException(
          host + " resolves to a forbidden address: " + refused + "; not connecting");
    }
    return List.copyOf(permitted);
  }

  private static String normalize(String host) {
    String lower = host.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("[") && lower.endsWith("]")) {
      return lower.substring(1, lower.length() - 1);
    }
    return lower;
  }
}
