package io.scrapeline.local.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.local.cli.ScrapeOptionsParser.Defaults;
import io.scrapeline.local.cli.ScrapeOptionsParser.Help;
import io.scrapeline.local.cli.ScrapeOptionsParser.Scrape;
import io.scrapeline.local.cli.ScrapeOptionsParser.UsageException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScrapeOptionsParserTest {

  private static final Defaults DEFAULTS =
      new Defaults(URI.create("http://127.0.0.1:8080"), () -> Optional.of("sl_default"));

  static final String URLS_FILE = "src/test/resources/cli/urls.txt";

  @ParameterizedTest(name = "{0} → {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -                                          | input           | -
          src/test/resources/cli/urls.txt            | input           | src/test/resources/cli/urls.txt
          -                                          | formats         | [markdown]
          - --formats html,links                     | formats         | [html, links]
          - --formats=raw_html,markdown,raw_html     | formats         | [raw_html, markdown]
          - --formats MARKDOWN,Links                 | formats         | [markdown, links]
          -                                          | onlyMainContent | true
          - --full-page                              | onlyMainContent | false
          -                                          | timeoutMs       | OptionalInt.empty
          - --timeout-ms 5000                        | timeoutMs       | OptionalInt[5000]
          -                                          | maxRetries      | OptionalInt.empty
          - --max-retries 0                          | maxRetries      | OptionalInt[0]
          -                                          | output          | Optional.empty
          - -o results.jsonl                         | output          | Optional[results.jsonl]
          - --output=results.jsonl                   | output          | Optional[results.jsonl]
          - -o -                                     | output          | Optional.empty
          -                                          | apiUrl          | http://127.0.0.1:8080
          - --api-url http://10.0.0.7:9000/          | apiUrl          | http://10.0.0.7:9000
          - --api-url http://127.0.0.1:18080/v1      | apiUrl          | http://127.0.0.1:18080
          - --api-url=https://scrape.example/prefix  | apiUrl          | https://scrape.example/prefix
          -                                          | apiKey          | Optional[sl_default]
          - --api-key sl_given                       | apiKey          | Optional[sl_given]
          -                                          | pollInterval    | PT0.5S
          - --poll-ms 50                             | pollInterval    | PT0.05S
          --full-page - --poll-ms=2000               | pollInterval    | PT2S
          """)
  void appliesEachOptionAndItsDefault(String args, String field, String expected) throws Exception {
    ScrapeOptions options = options(args, DEFAULTS);

    assertThat(String.valueOf(component(field).getAccessor().invoke(options))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "(none)",
      textBlock =
          """
          (none)                              | missing FILE
          --formats html                      | missing FILE
          - --bogus                           | unknown option --bogus
          - -x                                | unknown option -x
          - --bogus=1                         | unknown option --bogus=1
          - urls.txt                          | unexpected argument urls.txt
          no/such/urls.txt                    | no such file: no/such/urls.txt
          - --formats pdf                     | unknown format 'pdf'
          - --formats markdown,               | unknown format ''
          - --formats                         | --formats needs a value
          - --full-page=no                    | --full-page takes no value
          - --timeout-ms 0                    | --timeout-ms needs a whole number >= 1, got '0'
          - --timeout-ms soon                 | --timeout-ms needs a whole number >= 1, got 'soon'
          - --max-retries -1                  | --max-retries needs a whole number >= 0, got '-1'
          - --poll-ms 0                       | --poll-ms needs a whole number >= 1
          - --api-url ftp://example.com       | --api-url needs an http(s) URL
          - --api-url localhost:8080          | --api-url needs an http(s) URL
          - --api-key=                        | --api-key needs a value
          - -o                                | -o needs a value
          """)
  void refusesArgumentsThatCannotRun(String args, String message) {
    assertThatThrownBy(() -> options(args, DEFAULTS))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "- --formats pdf --help", "--bogus -h"})
  void helpWinsOverEverythingElse(String args) throws Exception {
    assertThat(ScrapeOptionsParser.parse(split(args), DEFAULTS)).isInstanceOf(Help.class);
  }

  @Test
  void localStackDefaultsPointAtTheGatewayPortAndPreferTheEnvironmentKey() throws Exception {
    Defaults defaults =
        Defaults.localStack(
            9090, Map.of("SCRAPELINE_API_KEY", " sl_env "), () -> Optional.of("sl_stored"));

    ScrapeOptions options = options("-", defaults);

    assertThat(options.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:9090"));
    assertThat(options.apiKey()).contains("sl_env");
  }

  @Test
  void localStackDefaultsFallBackToTheStoredKey() throws Exception {
    assertThat(
            options("-", Defaults.localStack(8080, Map.of(), () -> Optional.of("sl_stored")))
                .apiKey())
        .contains("sl_stored");
    assertThat(
            options(
                    "-",
                    Defaults.localStack(
                        8080, Map.of("SCRAPELINE_API_KEY", " "), () -> Optional.of("sl_stored")))
                .apiKey())
        .contains("sl_stored");
    assertThat(options("-", Defaults.localStack(8080, Map.of(), Optional::empty)).apiKey())
        .isEmpty();
  }

  @Test
  void aGivenKeyDoesNotReadTheRunDirectory() throws Exception {
    Defaults defaults =
        Defaults.localStack(
            8080,
            Map.of(),
            () -> {
              throw new AssertionError("the stored key was read although --api-key was given");
            });

    assertThat(options("- --api-key sl_given", defaults).apiKey()).contains("sl_given");
  }

  @Test
  void theInputFileIsKeptAsGiven() throws Exception {
    assertThat(Path.of(options(URLS_FILE, DEFAULTS).input())).exists();
    assertThat(options(URLS_FILE, DEFAULTS).readsStdin()).isFalse();
    assertThat(options("-", DEFAULTS).readsStdin()).isTrue();
  }

  private static ScrapeOptions options(String args, Defaults defaults) throws UsageException {
    return ((Scrape) ScrapeOptionsParser.parse(split(args), defaults)).options();
  }

  private static List<String> split(String args) {
    return args == null ? List.of() : List.of(args.trim().split("\\s+"));
  }

  private static RecordComponent component(String name) {
    return Arrays.stream(ScrapeOptions.class.getRecordComponents())
        .filter(component -> component.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no option field " + name));
  }
}
