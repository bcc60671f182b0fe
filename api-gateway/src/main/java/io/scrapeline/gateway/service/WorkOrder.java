package io.scrapeline.gateway.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.Topics;
import io.scrapeline.model.WireMessage;
import io.scrapeline.model.internal.BatchItem;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What every URL of a batch asks a worker to do: one kind of request, on one topic, with one
 * configuration.
 */
public sealed interface WorkOrder permits ScrapeOrder, SitemapOrder {

  BatchKind kind();

  /** The settings as the status document shows them under {@code config}. */
  Map<String, Object> config();

  String topic(Topics topics);

  WireMessage request(UUID batchId, String tenant, BatchItem item, Instant enqueuedAt);
}
