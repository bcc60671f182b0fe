package io.scrapeline.fetch.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The resolver the HTTP client connects through, over a table of names instead of DNS: addresses in
 * every notation and names that resolve to forbidden addresses are refused before any connection.
 */
class PolicyDnsResolverTest {

  private final List<String> lookedUp = new ArrayList<>();
  private final Map<String, String[]> names =
      Map.of(
          "intranet.example", new String[] {"10.0.0.5"},
          "metadata.example", new String[] {"169.254.169.254"},
          "rebind.example", new String[] {"127.0.0.1", "::1"},
          "mixed.example", new String[] {"10.0.0.5", "93.184.215.14"},
          "public.example",
              new String[] {"93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"},
          "v6-private.example", new String[] {"fd00::1"});

  private PolicyDnsResolver resolver(AddressPolicy policy) {
    return new PolicyDnsResolver(policy, this::lookup);
  }

  private InetAddress[] lookup(String host) throws UnknownHostException {
    lookedUp.add(host);
    String[] addresses = names.get(host);
    if (addresses == null) {
      throw new UnknownHostException(host);
    }
    InetAddress[] resolved = new InetAddress[addresses.length];
    for (int i = 0; i < addresses.length; i++) {
      resolved[i] = InetAddress.getByName(addresses[i]);
    }
    return resolved;
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, 127.0.0.1",
    "2130706433, 127.0.0.1",
    "0x7f000001, 127.0.0.1",
    "0X7F.0.0.1, 127.0.0.1",
    "0177.0.0.1, 127.0.0.1",
    "017700000001, 127.0.0.1",
    "127.1, 127.0.0.1",
    "127.0.1, 127.0.0.1",
    "0x7f.1, 127.0.0.1",
    "127.0.0.1., 127.0.0.1",
    "0, 0.0.0.0",
    "0xa9fea9fe, 169.254.169.254",
    "169.254.43518, 169.254.169.254",
    "2852039166, 169.254.169.254",
    "0251.0376.0251.0376, 169.254.169.254",
    "012.0.0.1, 10.0.0.1",
    "0xc0.0xa8.1.1, 192.168.1.1",
  })
  void ipv4AddressesInEveryNotationAreCheckedAsTheAddressTheyAre(String host, String address) {
    assertThatThrownBy(() -> resolver(AddressPolicy.strict()).resolve(host))
        .isInstanceOf(BlockedAddressException.class)
        .hasMessageContaining(address);
    assertThat(lookedUp).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "[::1]",
    "::1",
    "[0:0:0:0:0:0:0:1]",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "[::127.0.0.1]",
    "[fe80::1]",
    "[fd00::1]",
    "[fec0::1]",
    "[ff02::1]",
    "[::]",
    "[64:ff9b::a9fe:a9fe]",
  })
  void ipv6AddressesAreCheckedWithoutLookup(String host) {
    assertThatThrownBy(() -> resolver(AddressPolicy.strict()).resolve(host))
        .isInstanceOf(BlockedAddressException.class);
    assertThat(lookedUp).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"intranet.example", "metadata.example", "rebind.example", "v6-private.example"})
  void namesThatResolveToForbiddenAddressesAreBlocked(String host) {
    assertThatThrownBy(() -> resolver(AddressPolicy.strict()).resolve(host))
        .isInstanceOf(BlockedAddressException.class)
        .hasMessageStartingWith(host + " resolves to a forbidden address");
    assertThat(lookedUp).containsExactly(host);
  }

  @Test
  void onlyThePermittedAddressesOfANameAreHandedOut() throws Exception {
    InetAddress[] addresses = resolver(AddressPolicy.strict()).resolve("mixed.example");

    assertThat(addresses).containsExactly(InetAddress.getByName("93.184.215.14"));
  }

  @Test
  void endpointsCarryThePortAndOnlyCheckedAddresses() throws Exception {
    List<InetSocketAddress> endpoints =
        resolver(AddressPolicy.strict()).resolve("public.example", 8443);

    assertThat(endpoints)
        .hasSize(2)
        .allSatisfy(endpoint -> assertThat(endpoint.getPort()).isEqualTo(8443))
        .allSatisfy(endpoint -> assertThat(endpoint.isUnresolved()).isFalse());
  }

  @Test
  void allowListedRangesResolve() throws Exception {
    PolicyDnsResolver local = resolver(AddressPolicy.allowing(List.of("127.0.0.0/8", "::1/128")));

    assertThat(local.resolve("rebind.example")).hasSize(2);
    assertThat(local.resolve("0x7f.1")).containsExactly(InetAddress.getByName("127.0.0.1"));
    assertThatThrownBy(() -> local.resolve("metadata.example"))
        .isInstanceOf(BlockedAddressException.class);
  }

  @Test
  void anUnknownNameIsADnsFailureNotABlockedAddress() {
    assertThatThrownBy(() -> resolver(AddressPolicy.strict()).resolve("nowhere.invalid"))
        .isInstanceOf(UnknownHostException.class)
        .isNotInstanceOf(BlockedAddressException.class);
  }

  @Test
  void namesThatLookNumericButAreNotAddressesAreLookedUp() {
    assertThatThrownBy(() -> resolver(AddressPolicy.strict()).resolve("1.2.3.4.5"))
        .isNotInstanceOf(BlockedAddressException.class);
    assertThat(lookedUp).containsExactly("1.2.3.4.5");
  }

  @Test
  void theCanonicalNameIsNeverALookup() {
    assertThat(resolver(AddressPolicy.strict()).resolveCanonicalHostname("public.example"))
        .isEqualTo("public.example");
    assertThat(lookedUp).isEmpty();
  }
}
