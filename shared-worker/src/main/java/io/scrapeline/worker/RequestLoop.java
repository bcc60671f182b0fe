package io.scrapeline.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

/**
 * The consuming loop, on a thread of its own. Each partition moves on its own: the records a poll
 * returns for a partition form that partition's batch, which runs concurrently with every other
 * partition's; the partition stays paused until every record its batch produced is acknowledged by
 * Kafka, then its offsets are committed and it is resumed (at-least-once: a crash before the commit
 * redoes the batch, and the result store applies duplicates idempotently). Requests are keyed by
 * host, so a slow or very polite host holds back only its own partition, never the others. No
 * offset is committed past an unfinished record, so no out-of-order bookkeeping is needed.
 *
 * <p>Backpressure: no poll is made while {@code maxInFlightRecords} or more records are unfinished
 * (poll keeps being called with every partition paused, so the consumer stays in its group however
 * long the work takes). Shutdown stops polling, lets in-flight batches finish for a grace period,
 * commits the finished ones and gives the rest back uncommitted.
 */
final class RequestLoop implements Runnable {

  private static final Logger LOG = Logger.getLogger(RequestLoop.class);
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);

  /** How long a poll may wait for batch.control to catch up before it runs regardless. */
  private static final Duration CONTROL_CATCH_UP = Duration.ofSeconds(5);

  private final Supplier<Consumer<String, byte[]>> consumers;
  private final String topic;
  private final RequestDispatcher<?> dispatcher;
  private final ControlTopicReader control;
  private final int maxInFlightRecords;
  private final Map<TopicPartition, Batch> batches = new HashMap<>();
  private volatile boolean running = true;
  private volatile long stopDeadline;
  private Consumer<String, byte[]> consumer;

  /** One partition's records of one poll, in flight until {@code done} completes. */
  private record Batch(long firstOffset, long nextOffset, int size, CompletableFuture<Void> done) {}

  RequestLoop(
      Supplier<Consumer<String, byte[]>> consumers,
      String topic,
      RequestDispatcher<?> dispatcher,
      ControlTopicReader control,
      int maxInFlightRecords) {
    this.consumers = consumers;
    this.topic = topic;
    this.dispatcher = dispatcher;
    this.control = control;
    this.maxInFlightRecords = maxInFlightRecords;
  }

  @Override
  public void run() {
    consumer = consumers.get();
    try {
      consumer.subscribe(List.of(topic), new KeepBatchesAcrossRebalances());
      while (running) {
        pollOnce();
        settle();
      }
      drain();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      consumer.close(Duration.ofSeconds(10));
    }
  }

  /**
   * Stops polling; batches in flight may finish within {@code grace}, after which the rest is given
   * back uncommitted.
   */
  void stop(Duration grace) {
    stopDeadline = System.nanoTime() + grace.toNanos();
    running = false;
  }

  private void pollOnce() throws InterruptedException {
    Set<TopicPartition> assigned = consumer.assignment();
    boolean full = inFlightRecords() >= maxInFlightRecords;
    for (TopicPartition partition : assigned) {
      if (full || batches.containsKey(partition)) {
        consumer.pause(List.of(partition));
      } else {
        consumer.resume(List.of(partition));
      }
    }
    ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
    if (records.isEmpty()) {
      return;
    }
    if (!control.awaitCaughtUp(System.nanoTime(), CONTROL_CATCH_UP)) {
      LOG.warn("batch.control is lagging: running requests without its latest cancellations");
    }
    for (TopicPartition partition : records.partitions()) {
      if (batches.containsKey(partition)) {
        // A partition with a batch in flight is paused, so this cannot happen; if it did, do not
        // skip the records: read them again once the batch is done.
        consumer.seek(partition, records.records(partition).get(0).offset());
        continue;
      }
      start(partition, records.records(partition));
    }
  }

  private void start(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records) {
    List<CompletableFuture<Void>> work = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      work.add(dispatcher.dispatch(record));
    }
    long first = records.get(0).offset();
    long next = records.get(records.size() - 1).offset() + 1;
    CompletableFuture<Void> done = CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
    batches.put(partition, new Batch(first, next, records.size(), done));
    consumer.pause(List.of(partition));
  }

  /** Commits the finished batches, sets the failed ones back to be read again. */
  private void settle() {
    Map<TopicPartition, OffsetAndMetadata> finished = new HashMap<>();
    Set<TopicPartition> assigned = consumer.assignment();
    Iterator<Map.Entry<TopicPartition, Batch>> entries = batches.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<TopicPartition, Batch> entry = entries.next();
      Batch batch = entry.getValue();
      if (!batch.done().isDone()) {
        continue;
      }
      entries.remove();
      TopicPartition partition = entry.getKey();
      if (!assigned.contains(partition)) {
        continue; // its new owner redoes the batch; results are idempotent
      }
      if (batch.done().isCompletedExceptionally()) {
        LOG.warnf(
            failure(batch.done()),
            "some requests of %s could not be finished: reading them again",
            partition);
        consumer.seek(partition, batch.firstOffset());
      } else {
        finished.put(partition, new OffsetAndMetadata(batch.nextOffset()));
      }
    }
    if (!finished.isEmpty()) {
      commit(finished);
    }
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    try {
      consumer.commitSync(offsets);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      // The partitions moved on: their new owner redoes these requests; results are idempotent.
      LOG.warnf("commit after a rebalance failed, the requests will be redone: %s", e.getMessage());
    } catch (RetriableException e) {
      // The partition's next commit covers these offsets too; until then a restart redoes them.
      LOG.warnf("commit failed for now: %s", e.getMessage());
    }
  }

  /** After stop: waits (polling, everything paused) for the batches in flight, up to the grace. */
  private void drain() {
    consumer.pause(consumer.assignment());
    while (!batches.isEmpty() && System.nanoTime() - stopDeadline < 0) {
      ConsumerRecords<String, byte[]> unexpected = consumer.poll(POLL_TIMEOUT);
      for (TopicPartition partition : unexpected.partitions()) {
        consumer.seek(partition, unexpected.records(partition).get(0).offset());
      }
      settle();
    }
    if (!batches.isEmpty()) {
      LOG.infof(
          "shutting down with %d requests unfinished: given back uncommitted", inFlightRecords());
    }
  }

  private int inFlightRecords() {
    int count = 0;
    for (Batch batch : batches.values()) {
      count += batch.size();
    }
    return count;
  }

  private static Throwable failure(CompletableFuture<Void> done) {
    try {
      done.join();
      return null;
    } catch (RuntimeException e) {
      return e.getCause() != null ? e.getCause() : e;
    }
  }

  /**
   * A partition taken away and handed back (an eager rebalance revokes everything) restarts at its
   * committed offset: if its batch is still in flight here, skip past it and keep the partition
   * paused, rather than doing the batch twice. A partition that went elsewhere needs nothing: its
   * batch is never committed here.
   */
  private final class KeepBatchesAcrossRebalances implements ConsumerRebalanceListener {

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      for (TopicPartition partition : partitions) {
        Batch batch = batches.get(partition);
        if (batch != null) {
          consumer.pause(List.of(partition));
          consumer.seek(partition, batch.nextOffset());
        }
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      // Nothing to do: see the class comment.
    }
  }
}
