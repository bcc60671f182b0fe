package io.scrapeline.model.internal;

import io.scrapeline.model.BatchStatus;
import java.util.List;
import java.util.UUID;

/**
 * The result store's answer to {@link CreateBatch}.
 *
 * @param id the batch id: the new one, or the earlier batch of the same idempotency key
 * @param status the batch status now
 * @param total the number of valid URLs
 * @param invalidUrls the rejected inputs
 * @param created true when this call created the batch; false when it was an idempotent replay
 */
public record CreatedBatch(
    UUID id, BatchStatus status, int total, List<String> invalidUrls, boolean created) {}
