package io.scrapeline.model;

import static io.scrapeline.model.Samples.AT;
import static io.scrapeline.model.Samples.BATCH_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BatchControlTest {

  @Test
  void cancelBuildsACancelActionInTheCurrentVersion() {
    BatchControl control = BatchControl.cancel(BATCH_ID, AT);

    assertThat(control.v()).isEqualTo(BatchControl.CURRENT_VERSION);
    assertThat(control.action()).isEqualTo(ControlAction.CANCEL);
    assertThat(control.at()).isEqualTo(AT);
  }

  @Test
  void everyFieldIsRequired() {
    assertThatThrownBy(() -> BatchControl.cancel(null, AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("batchId must not be null");
    assertThatThrownBy(() -> new BatchControl(1, BATCH_ID, null, AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("action must not be null");
    assertThatThrownBy(() -> BatchControl.cancel(BATCH_ID, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at must not be null");
  }
}
