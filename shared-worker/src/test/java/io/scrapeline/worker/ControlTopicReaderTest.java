package io.scrapeline.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ControlTopicReaderTest {

  /**
   * Until it has read batch.control once, the reader must not vouch for any instant, not even the
   * oldest: a request could otherwise run although its batch was cancelled before it was sent.
   */
  @Test
  void aReaderThatHasReadNothingYetIsNotCaughtUp() throws Exception {
    ControlTopicReader reader =
        new ControlTopicReader(
            () -> {
              throw new AssertionError("not started in this test");
            },
            "scrapeline.batch.control",
            new CancelledBatches());

    assertThat(reader.awaitCaughtUp(0, Duration.ofMillis(100))).isFalse();
  }
}
