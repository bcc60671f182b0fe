package io.scrapeline.fetch.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which literal addresses the policy refuses, and how the allow-list overrides it. */
class AddressPolicyTest {

  private final AddressPolicy strict = AddressPolicy.strict();

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, loopback",
    "127.255.255.254, loopback",
    "10.1.2.3, private",
    "172.16.0.1, private",
    "172.31.255.255, private",
    "192.168.1.1, private",
    "169.254.169.254, link-local",
    "100.64.0.1, CGNAT",
    "100.127.255.255, CGNAT",
    "224.0.0.1, multicast",
    "239.255.255.250, multicast",
    "0.0.0.0, unspecified",
    "255.255.255.255, broadcast",
    "240.0.0.1, reserved",
    "192.0.2.1, documentation",
    "198.18.0.1, benchmarking",
    "::, unspecified",
    "::1, loopback",
    "::ffff:127.0.0.1, loopback",
    "::ffff:169.254.169.254, link-local",
    "::127.0.0.1, IPv4-compatible",
    "fe80::1, link-local",
    "fc00::1, unique local",
    "fd12:3456:789a::1, unique local",
    "fec0::1, site-local",
    "ff02::1, multicast",
    "64:ff9b::a9fe:a9fe, link-local",
    "2002:7f00:1::1, loopback",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2, Teredo",
    "2001:db8::1, documentation",
  })
  void forbiddenAddressesAreRefusedWithTheirReason(String address, String reason) throws Exception {
    assertThat(strict.refusal(InetAddress.getByName(address)))
        .hasValueSatisfying(refusal -> assertThat(refusal).contains(reason));
  }

  @ParameterizedTest
  @CsvSource({
    "93.184.215.14",
    "8.8.8.8",
    "1.1.1.1",
    "100.63.255.255",
    "100.128.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "169.253.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "64:ff9b::808:808",
    "2002:808:808::1",
  })
  void publicAddressesArePermitted(String address) throws Exception {
    assertThat(strict.permits(InetAddress.getByName(address))).isTrue();
  }

  @Test
  void theAllowListOverridesTheForbiddenRanges() throws Exception {
    AddressPolicy local = AddressPolicy.allowing(List.of("127.0.0.0/8,::1/128", " 10.1.0.0/16 "));

    assertThat(local.permits(InetAddress.getByName("127.0.0.2"))).isTrue();
    assertThat(local.permits(InetAddress.getByName("::1"))).isTrue();
    assertThat(local.permits(InetAddress.getByName("10.1.200.7"))).isTrue();
    assertThat(local.permits(InetAddress.getByName("10.2.0.1"))).isFalse();
    assertThat(local.permits(InetAddress.getByName("169.254.169.254"))).isFalse();
  }

  @Test
  void anEmptyAllowListAllowsNothingPrivate() throws Exception {
    AddressPolicy none = AddressPolicy.allowing(List.of(""));

    assertThat(none.allowed()).isEmpty();
    assertThat(none.permits(InetAddress.getByName("127.0.0.1"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/8, 10.255.255.255, true",
    "10.0.0.0/8, 11.0.0.0, false",
    "10.1.2.3/16, 10.1.9.9, true",
    "192.0.2.7, 192.0.2.7, true",
    "192.0.2.7, 192.0.2.8, false",
    "fc00::/7, fdff::1, true",
    "fc00::/7, fe00::1, false",
    "::1/128, 127.0.0.1, false",
    "::ffff:10.0.0.0/104, 10.9.9.9, true",
  })
  void rangesContainTheirAddresses(String cidr, String address, boolean contained)
      throws Exception {
    assertThat(Cidr.parse(cidr).contains(InetAddress.getByName(address))).isEqualTo(contained);
  }

  @ParameterizedTest
  @CsvSource({"example.com/8", "10.0.0.0/33", "::1/129", "10.0.0/8", "10.0.0.0/x", "0x7f.1/8"})
  void aRangeMustBeALiteralAddressWithAValidPrefix(String text) {
    assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
