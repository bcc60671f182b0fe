package io.scrapeline.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForbiddenHeadersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Host",
        "content-length",
        "Connection",
        "Transfer-Encoding",
        "TE",
        "Upgrade",
        "Proxy-Authorization"
      })
  void connectionAndFramingHeadersMayNotBeSet(String name) {
    assertThatThrownBy(
            () ->
                new ScrapeOptions(
                    List.of(Format.MARKDOWN),
                    true,
                    List.of(),
                    List.of(),
                    Map.of(name, "x"),
                    30_000,
                    2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("may not be set");
  }
}
