package io.scrapeline.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.local.RunDirectory;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

  @Test
  void theStoredKeyIsTheOneUpGenerated(@TempDir Path dir) {
    Credentials credentials = Credentials.load(new RunDirectory(dir), Map.of());

    assertThat(Credentials.storedApiKey(dir))
        .hasValueSatisfying(key -> assertThat(credentials.apiKeys()).isEqualTo("local:" + key));
    assertThat(Credentials.storedApiKey(dir).orElseThrow()).matches("sl_[0-9a-f]{48}");
  }

  @Test
  void thereIsNoStoredKeyBeforeTheFirstUpAndReadingCreatesNone(@TempDir Path dir) {
    assertThat(Credentials.storedApiKey(dir)).isEmpty();
    assertThat(dir.resolve("api-key")).doesNotExist();
  }
}
