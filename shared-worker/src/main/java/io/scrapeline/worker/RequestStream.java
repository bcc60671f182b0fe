package io.scrapeline.worker;

import io.smallrye.mutiny.subscription.MultiSubscriber;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Takes requests from the worker's Kafka channel (SmallRye Reactive Messaging's connector, with the
 * throttled commit strategy) and acknowledges each one only once every record its work produced is
 * in Kafka. The connector commits the highest offset below which every record is acknowledged, so
 * requests finish in any order (a slow host holds back nothing but its own requests) without offset
 * bookkeeping of ours, and a crash redoes only what was not acknowledged (at-least-once; the result
 * store applies duplicates idempotently).
 *
 * <p>Backpressure: at most {@code maxInFlight} requests are unfinished; one more is requested each
 * time one finishes, so the connector pauses its partitions while the window is full. A request
 * that could not be finished for now (Kafka unavailable) is tried again after a pause rather than
 * acknowledged. {@link #stop} requests no more, lets the requests in flight finish for a grace
 * period and leaves the rest unacknowledged: given back to the group.
 */
final class RequestStream implements MultiSubscriber<Message<byte[]>> {

  private static final Logger LOG = Logger.getLogger(RequestStream.class);

  /** How long a request may wait for batch.control to catch up before it runs regardless. */
  private static final Duration CONTROL_CATCH_UP = Duration.ofSeconds(5);

  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LAST_RETRY = Duration.ofSeconds(30);

  private final RequestDispatcher<?> dispatcher;
  private final ControlTopicReader control;
  private final int maxInFlight;

  /**
   * One thread that starts requests in the order they came: it waits for batch.control (never on
   * the connector's event loop) and schedules the retries.
   */
  private final ScheduledExecutorService intake;

  private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean running = true;
  private volatile boolean ended;

  RequestStream(
      RequestDispatcher<?> dispatcher, ControlTopicReader control, int maxInFlight, String name) {
    this.dispatcher = dispatcher;
    this.control = control;
    this.maxInFlight = maxInFlight;
    this.intake =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, name + "-intake");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public void onSubscribe(Flow.Subscription requests) {
    if (!subscription.compareAndSet(null, requests)) {
      requests.cancel();
      return;
    }
    requests.request(maxInFlight);
  }

  /** On the connector's thread: only hand the request to the intake. */
  @Override
  public void onItem(Message<byte[]> message) {
    inFlight.incrementAndGet();
    try {
      intake.execute(() -> start(message));
    } catch (RejectedExecutionException e) {
      inFlight.decrementAndGet(); // shutting down: given back unacknowledged
    }
  }

  @Override
  public void onFailure(Throwable failure) {
    LOG.errorf(failure, "the request channel failed: the worker takes no more requests");
    ended = true;
  }

  @Override
  public void onCompletion() {
    ended = true;
  }

  /** Whether requests can still arrive: false once the channel ended or failed. */
  boolean isTaking() {
    return subscription.get() != null && !ended;
  }

  /**
   * Requests no more; waits up to {@code grace} for the requests in flight, after which the rest
   * stays unacknowledged (the connector's final commit stops below the first of them).
   */
  void stop(Duration grace) {
    running = false;
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (inFlight) {
      while (inFlight.get() > 0 && deadline - System.nanoTime() > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(inFlight, deadline - System.nanoTime());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    intake.shutdownNow();
    if (inFlight.get() > 0) {
      LOG.infof(
          "shutting down with %d requests unfinished: given back unacknowledged", inFlight.get());
    }
  }

  /**
   * A cancel published before the request must be seen before the request runs. Requests from a
   * backlog were published before the reader's last check and go straight on; a fresh one waits for
   * one check (the reader is woken), never for a check later than its arrival.
   */
  private void start(Message<byte[]> message) {
    if (!running) {
      finished();
      return;
    }
    ConsumerRecord<String, byte[]> record = record(message);
    long now = System.currentTimeMillis();
    long publishedAt = record.timestamp() >= 0 ? Math.min(record.timestamp(), now) : now;
    try {
      if (!control.awaitCaughtUp(publishedAt, CONTROL_CATCH_UP)) {
        LOG.warn("batch.control is lagging: running a request without its latest cancellations");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished();
      return;
    }
    attempt(message, record, 0);
  }

  private void attempt(Message<byte[]> message, ConsumerRecord<String, byte[]> record, int retry) {
    dispatcher
        .dispatch(record)
        .whenComplete(
            (done, failure) -> {
              if (failure == null) {
                message.ack();
                finished();
              } else if (!running || isShutdown(failure)) {
                finished(); // given back: the next owner of the partition does it
              } else {
                Duration pause = pause(retry);
                LOG.warnf(
                    "request %s-%d@%d could not be finished (%s): trying again in %s",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    RequestDispatcher.unwrap(failure),
                    pause);
                retryLater(message, record, retry + 1, pause);
              }
            });
  }

  private void retryLater(
      Message<byte[]> message, ConsumerRecord<String, byte[]> record, int retry, Duration pause) {
    try {
      intake.schedule(
          () -> attempt(message, record, retry), pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      finished(); // shutting down: given back unacknowledged
    }
  }

  /** Frees the request's place in the window, and asks for the next request while running. */
  private void finished() {
    synchronized (inFlight) {
      inFlight.decrementAndGet();
      inFlight.notifyAll();
    }
    Flow.Subscription requests = subscription.get();
    if (running && requests != null) {
      synchronized (requests) { // Reactive Streams: request calls must not overlap
        requests.request(1);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static ConsumerRecord<String, byte[]> record(Message<byte[]> message) {
    IncomingKafkaRecordMetadata<String, byte[]> kafka =
        message
            .getMetadata(IncomingKafkaRecordMetadata.class)
            .orElseThrow(() -> new IllegalStateException("not a Kafka message: " + message));
    return kafka.getRecord();
  }

  private static Duration pause(int retry) {
    Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(retry, 5));
    return pause.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause;
  }

  private static boolean isShutdown(Throwable failure) {
    Throwable cause = RequestDispatcher.unwrap(failure);
    return cause instanceof CancellationException || cause instanceof InterruptedException;
  }
}
