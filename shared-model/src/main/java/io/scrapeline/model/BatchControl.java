package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Tells every worker to act on a whole batch; the message on batch.control, keyed by batch id.
 *
 * <p>The topic is compacted, so the latest record per batch is what a restarting worker reads.
 *
 * @param v the schema version, see {@link WireMessage#CURRENT_VERSION}
 * @param batchId the batch concerned
 * @param action what to do with it
 * @param at when the action was decided
 */
public record BatchControl(
    @JsonProperty(required = true) int v, UUID batchId, ControlAction action, Instant at)
    implements WireMessage {

  /** Validates every field. */
  public BatchControl {
    WireMessage.checkVersion(v);
    Require.nonNull(batchId, "batchId");
    Require.nonNull(action, "action");
    Require.nonNull(at, "at");
  }

  /** A cancellation of {@code batchId} in the current schema version. */
  public static BatchControl cancel(UUID batchId, Instant at) {
    return new BatchControl(CURRENT_VERSION, batchId, ControlAction.CANCEL, at);
  }
}
