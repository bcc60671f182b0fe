package io.scrapeline.resultstore.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.scrapeline.resultstore.kafka.ResultDecoder.Decoded;
import io.scrapeline.resultstore.service.AppliedResults;
import io.scrapeline.resultstore.service.ResultApplier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Handles one poll: decode, apply every result in one transaction, then commit the offsets. If
 * anything before the commit fails, the consumer is rewound to the poll's first offsets, so the
 * same records come again: nothing is lost, and the idempotent apply counts nothing twice.
 */
class ResultPollHandler {

  private static final Logger LOG = Logger.getLogger(ResultPollHandler.class);

  private final ResultDecoder decoder;
  private final ResultApplier applier;
  private final Counter applied;
  private final Counter ignored;
  private final Counter deadLettered;

  ResultPollHandler(ResultDecoder decoder, ResultApplier applier, MeterRegistry registry) {
    this.decoder = decoder;
    this.applier = applier;
    this.applied = registry.counter("scrapeline.results", "outcome", "applied");
    this.ignored = registry.counter("scrapeline.results", "outcome", "ignored");
    this.deadLettered = registry.counter("scrapeline.results", "outcome", "dead_lettered");
  }

  /**
   * Applies {@code records} and commits their offsets.
   *
   * @return false when they could not be applied and the consumer was rewound to retry them
   */
  boolean handle(Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
    try {
      Decoded decoded = decoder.decode(records);
      AppliedResults results = applier.apply(decoded.outcomes(), decoded.chunks());
      applied.increment(results.applied());
      ignored.increment(results.ignored());
      deadLettered.increment(decoded.deadLettered());
    } catch (RuntimeException e) {
      LOG.warnf(e, "cannot apply %d result records; they will be retried", records.count());
      rewind(consumer, records);
      return false;
    }
    commit(consumer, records);
    return true;
  }

  private static void rewind(
      Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
    for (TopicPartition partition : records.partitions()) {
      consumer.seek(partition, records.records(partition).get(0).offset());
    }
  }

  /**
   * Commits past the poll. A failed commit (e.g. after a rebalance) is only logged: the results are
   * stored, and their redelivery changes nothing.
   */
  private static void commit(
      Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      List<ConsumerRecord<String, byte[]>> polled = records.records(partition);
      offsets.put(partition, new OffsetAndMetadata(polled.get(polled.size() - 1).offset() + 1));
    }
    try {
      consumer.commitSync(offsets);
    } catch (WakeupException | InterruptException e) {
      throw e;
    } catch (KafkaException e) {
      LOG.warnf("cannot commit result offsets, they will be redelivered: %s", e.getMessage());
    }
  }
}
