package io.scrapeline.worker;

import io.scrapeline.model.BatchControl;
import io.scrapeline.model.ControlAction;
import io.scrapeline.model.json.MalformedRecordException;
import io.scrapeline.model.json.WireJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Reads batch.control from the beginning, without a group (every worker needs every record), into
 * {@link CancelledBatches}. It also tells the request stream how fresh its view is: after each
 * check of the end offsets it records "everything published before this instant has been read",
 * which lets a request wait until a cancel published before the request itself has been seen. The
 * instant is wall-clock time, compared with the request record's timestamp: across machines the
 * guarantee holds up to the clocks' skew (the result store ignores results of cancelled items
 * anyway; the wait only spares the fetches).
 */
public final class ControlTopicReader implements Runnable {

  private static final Logger LOG = Logger.getLogger(ControlTopicReader.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration API_TIMEOUT = Duration.ofSeconds(10);

  private final Supplier<Consumer<String, byte[]>> consumers;
  private final String topic;
  private final CancelledBatches cancelled;
  private volatile boolean running = true;

  /** The consumer while it reads, for {@link #awaitCaughtUp} to wake it from its idle poll. */
  private volatile Consumer<String, byte[]> reading;

  /** When the reader last caught up, in epoch milliseconds; meaningless until it has. */
  private long caughtUpAsOf;

  private boolean everCaughtUp;
  private boolean ended;

  public ControlTopicReader(
      Supplier<Consumer<String, byte[]>> consumers, String topic, CancelledBatches cancelled) {
    this.consumers = consumers;
    this.topic = topic;
    this.cancelled = cancelled;
  }

  @Override
  public void run() {
    try (Consumer<String, byte[]> consumer = consumers.get()) {
      List<TopicPartition> partitions = awaitPartitions(consumer);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      reading = consumer;
      while (running) {
        readOnce(consumer, partitions);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      reading = null;
      synchronized (this) {
        ended = true;
        notifyAll();
      }
    }
  }

  private void readOnce(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {
    try {
      long checkedAt = System.currentTimeMillis();
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, API_TIMEOUT);
      while (running && isBehind(consumer, end)) {
        consumer.poll(POLL).forEach(this::apply);
      }
      markCaughtUp(checkedAt);
      consumer.poll(POLL).forEach(this::apply);
    } catch (RetriableException e) {
      // The broker is away for a moment (the consumer reconnects by itself): try again.
      LOG.warnf("batch.control not readable right now: %s", e.getMessage());
    } catch (WakeupException e) {
      // awaitCaughtUp wants a fresh check now rather than after the idle poll: start over.
    }
  }

  public void stop() {
    running = false;
  }

  /**
   * Waits until every control record published before {@code sinceMillis} (epoch milliseconds) has
   * been read, at most {@code timeout}. Requests from a backlog, published long before the reader's
   * last check, never wait.
   *
   * @return whether the reader caught up in time
   */
  public synchronized boolean awaitCaughtUp(long sinceMillis, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Consumer<String, byte[]> consumer = reading;
    if (!caughtUpSince(sinceMillis) && consumer != null) {
      // Without this, a fresh request would wait out the reader's idle poll (up to 200 ms): the
      // latency of a single URL.
      consumer.wakeup();
    }
    while (!caughtUpSince(sinceMillis) && !ended) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return caughtUpSince(sinceMillis);
  }

  /** Never before the reader has read anything: it must not vouch for any instant until then. */
  private boolean caughtUpSince(long sinceMillis) {
    return everCaughtUp && caughtUpAsOf >= sinceMillis;
  }

  private synchronized void markCaughtUp(long asOf) {
    caughtUpAsOf = asOf;
    everCaughtUp = true;
    notifyAll();
  }

  private static boolean isBehind(
      Consumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
      if (consumer.position(partition.getKey(), API_TIMEOUT) < partition.getValue()) {
        return true;
      }
    }
    return false;
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return; // a tombstone: compaction's way of forgetting a batch
    }
    try {
      BatchControl control = WireJson.read(record.value(), BatchControl.class);
      if (control.action() == ControlAction.CANCEL) {
        cancelled.cancel(control.batchId());
      }
    } catch (MalformedRecordException e) {
      LOG.warnf(
          "skipping unreadable batch.control record at offset %d: %s", record.offset(), e.reason());
    }
  }

  /** The topic's partitions; it may not exist yet in a fresh local stack. */
  private List<TopicPartition> awaitPartitions(Consumer<String, byte[]> consumer)
      throws InterruptedException {
    while (running) {
      try {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, API_TIMEOUT);
        if (infos != null && !infos.isEmpty()) {
          return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        }
      } catch (RetriableException e) {
        LOG.warnf("waiting for %s: %s", topic, e.getMessage());
      }
      TimeUnit.SECONDS.sleep(1);
    }
    return List.of();
  }
}
