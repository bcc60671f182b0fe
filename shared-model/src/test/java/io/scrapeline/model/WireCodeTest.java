package io.scrapeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.model.json.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WireCodeTest {

  static Stream<Arguments> everyConstantOfEveryWireEnum() {
    return Stream.of(
            ItemErrorCode.class,
            Format.class,
            ItemStatus.class,
            BatchStatus.class,
            BatchKind.class,
            ControlAction.class)
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(constant -> Arguments.of(constant.getClass(), constant));
  }

  @Test
  void itemErrorCodesAreExactlyThoseOfTheApi() {
    assertThat(Arrays.stream(ItemErrorCode.values()).map(ItemErrorCode::code))
        .containsExactly(
            "blocked_address",
            "robots_disallowed",
            "dns_failure",
            "connect_failed",
            "timeout",
            "tls_error",
            "too_many_redirects",
            "http_error",
            "body_too_large",
            "unsupported_content_type",
            "parse_error",
            "internal_error");
  }

  @Test
  void statusesKindsFormatsAndActionsHaveTheApiCodes() {
    assertThat(codes(Format.values())).containsExactly("markdown", "html", "raw_html", "links");
    assertThat(codes(ItemStatus.values()))
        .containsExactly("pending", "completed", "failed", "cancelled");
    assertThat(codes(BatchStatus.values()))
        .containsExactly("queued", "running", "completed", "cancelled", "failed");
    assertThat(codes(BatchKind.values())).containsExactly("scrape", "sitemap");
    assertThat(codes(ControlAction.values())).containsExactly("cancel");
  }

  @ParameterizedTest
  @MethodSource("everyConstantOfEveryWireEnum")
  void everyConstantTravelsAsItsLowercaseCode(Class<?> type, WireCode constant) {
    byte[] json = WireJson.write(constant);

    assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo('"' + constant.code() + '"');
    assertThat(constant.code()).isEqualTo(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
    assertThat(WireJson.read(json, type)).isSameAs(constant);
  }

  @ParameterizedTest
  @CsvSource({
    "markdown, MARKDOWN",
    "raw_html, RAW_HTML",
    "links,    LINKS",
  })
  void formatFromCodeFindsTheConstant(String code, Format expected) {
    assertThat(Format.fromCode(code)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"pdf", "Markdown", "RAW_HTML", "rawHtml", "''"})
  void formatFromCodeRejectsUnknownCodesListingTheAllowedOnes(String code) {
    assertThatThrownBy(() -> Format.fromCode(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format '" + code + "'; allowed: markdown, html, raw_html, links");
  }

  @Test
  void itemErrorCodeFromCodeRejectsUnknownAndNullCodes() {
    assertThat(ItemErrorCode.fromCode("tls_error")).isEqualTo(ItemErrorCode.TLS_ERROR);
    assertThatThrownBy(() -> ItemErrorCode.fromCode("teapot"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown item error code 'teapot'; allowed: blocked_address,");
    assertThatThrownBy(() -> ItemErrorCode.fromCode(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be null");
  }

  private static List<String> codes(WireCode[] constants) {
    return Arrays.stream(constants).map(WireCode::code).toList();
  }
}
