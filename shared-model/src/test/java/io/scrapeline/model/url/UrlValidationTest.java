package io.scrapeline.model.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlValidationTest {

  private static final String BASE = "https://example.com/";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com",
        "http://example.com/a/b?q=1&r=2#frag",
        "HTTP://EXAMPLE.COM/Path",
        "HtTpS://example.com/",
        "https://example.com:8443/x",
        "https://example.com/a%20b/%E2%82%AC?q=%2F",
        "https://example.com/über?q=ä",
        "https://bücher.example/",
        "https://bücher.example:8080/straße",
        "https://xn--bcher-kva.example/",
        "http://127.0.0.1:8080/health",
        "http://[::1]:8080/",
        "https://sub.domain.example.co.uk./trailing-dot",
      })
  void acceptableUrlsHaveNoProblem(String url) {
    assertThat(UrlValidation.problem(url)).isEmpty();
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://example.com/file                | scheme 'ftp' is not http or https",
        "file:///etc/passwd                    | scheme 'file' is not http or https",
        "javascript:alert(1)                   | scheme 'javascript' is not http or https",
        "mailto:someone@example.com            | scheme 'mailto' is not http or https",
        "example.com/path                      | url has no scheme",
        "//example.com/path                    | url has no scheme",
        "https:example.com                     | url has no host",
        "https:///path                         | url has no host",
        "http://                               | url has no host",
        "https://user:secret@example.com/      | url must not contain credentials (user info)",
        "https://user@example.com/             | url must not contain credentials (user info)",
        "https://example.com/a%zz              | url is not parseable: Malformed escape pair at index 21",
        "https://example.com/a{b}              | url is not parseable: Illegal character in path at index 21",
        "https://exa_mple.com/                 | url has no valid host and port in 'exa_mple.com'",
        "https://example.com:port/             | url has no valid host and port in 'example.com:port'",
        "https://example.com:70000/            | port 70000 is out of range",
      })
  void unacceptableUrlsNameTheirProblem(String url, String problem) {
    assertThat(UrlValidation.problem(url)).contains(problem);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/a b",
        " https://example.com/",
        "https://example.com/\t",
        "https://example.com/\n",
        "https://example.com/\u0000",
        "https://example.com/\u00a0nbsp",
        "https://exa mple.com/",
      })
  void whitespaceAndControlCharactersAreRejected(String url) {
    assertThat(UrlValidation.problem(url))
        .hasValueSatisfying(p -> assertThat(p).startsWith("url contains whitespace or a control"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void missingOrBlankUrlsAreRejected(String url) {
    assertThat(UrlValidation.problem(url))
        .hasValueSatisfying(p -> assertThat(p).startsWith("url is"));
  }

  @Test
  void urlsUpTo2048CharactersAreAcceptedAndLongerOnesAreNot() {
    String longest = BASE + "a".repeat(UrlValidation.MAX_LENGTH - BASE.length());

    assertThat(longest).hasSize(2048);
    assertThat(UrlValidation.problem(longest)).isEmpty();
    assertThat(UrlValidation.problem(longest + "a"))
        .contains("url is longer than 2048 characters (2049)");
  }

  @Test
  void invalidInternationalisedHostIsRejected() {
    String label = "ü".repeat(70);

    assertThat(UrlValidation.problem("https://" + label + ".example/"))
        .contains("host '" + label + ".example' is not a valid internationalised domain name");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://Example.COM/a,              example.com",
    "HTTP://WWW.Example.com:8080/x?y=1,  www.example.com",
    "https://bücher.example/,            xn--bcher-kva.example",
    "https://BÜCHER.example/,            xn--bcher-kva.example",
    "https://example.com./,              example.com",
    "http://[::1]:8080/,                 [::1]",
  })
  void hostKeyIsTheLowerCasedAsciiHost(String url, String key) {
    assertThat(UrlValidation.hostKey(url)).isEqualTo(key);
  }

  @Test
  void hostKeyOfAnInvalidUrlFailsWithTheProblem() {
    assertThatThrownBy(() -> UrlValidation.hostKey("ftp://example.com/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme 'ftp' is not http or https");
  }

  @Test
  void asciiUriKeepsPathQueryAndPortAndConvertsOnlyTheHost() {
    assertThat(UrlValidation.asciiUri("https://bücher.example:8443/straße?q=1#top").toString())
        .isEqualTo("https://xn--bcher-kva.example:8443/straße?q=1#top");
  }
}
