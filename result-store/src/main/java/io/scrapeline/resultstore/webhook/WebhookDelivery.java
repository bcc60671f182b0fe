package io.scrapeline.resultstore.webhook;

import java.util.UUID;

/**
 * A delivery claimed for one attempt.
 *
 * @param attempts attempts made so far, this one included
 */
public record WebhookDelivery(long id, UUID batchId, String event, String url, int attempts) {}
