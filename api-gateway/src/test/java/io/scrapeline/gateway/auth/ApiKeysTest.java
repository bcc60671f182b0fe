package io.scrapeline.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTest {

  @Test
  void plainKeysMapToTheirTenant() {
    ApiKeys keys = ApiKeys.parse("acme:secret-1, globex:secret-2");
    assertThat(keys.tenantOf("secret-1")).contains("acme");
    assertThat(keys.tenantOf("secret-2")).contains("globex");
  }

  @Test
  void sha256KeysMatchThePresentedPlainKey() {
    String digest = HexFormat.of().formatHex(ApiKeys.sha256("hunter2"));
    ApiKeys keys = ApiKeys.parse("acme:sha256:" + digest.toUpperCase());
    assertThat(keys.tenantOf("hunter2")).contains("acme");
    assertThat(keys.tenantOf("sha256:" + digest)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "secret", "secret-1 ", "SECRET-1"})
  void unknownKeysMatchNoTenant(String presented) {
    assertThat(ApiKeys.parse("acme:secret-1").tenantOf(presented)).isEmpty();
  }

  @Test
  void noConfiguredKeysRefuseEveryone() {
    assertThat(ApiKeys.parse("").tenantOf("anything")).isEmpty();
    assertThat(ApiKeys.parse(null).size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme", ":key", "acme:", "acme:sha256:abc", "a:b,,c:d"})
  void malformedEntriesAreRefusedWithoutEchoingSecrets(String configured) {
    assertThatThrownBy(() -> ApiKeys.parse(configured))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry #")
        .hasMessageNotContaining("key:");
  }
}
