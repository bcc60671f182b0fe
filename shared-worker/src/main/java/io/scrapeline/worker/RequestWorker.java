package io.scrapeline.worker;

import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * A consume, process, produce worker: requests from the application's Kafka channel (see {@link
 * RequestStream}), the batch.control reader on a thread of its own, the handler on a bounded pool.
 * Requests run concurrently and finish in any order; each is acknowledged (and so, through the
 * connector's throttled commit, committed) once every record it produced is in Kafka, so a slow
 * host (requests are keyed by host) holds back only its own requests. {@link #start} after the
 * topics exist; {@link #stop} takes no more requests, lets in-flight work finish for the shutdown
 * timeout, gives back the rest unacknowledged and closes the clients.
 *
 * @param <R> the request record type
 */
public final class RequestWorker<R> {

  private static final Logger LOG = Logger.getLogger(RequestWorker.class);

  private final WorkerClients clients;
  private final String controlTopic;
  private final RequestHandler<R> handler;
  private final CancelledBatches cancelled;
  private final WorkerEvents events;
  private final WorkerSettings settings;

  private Producer<String, byte[]> producer;
  private ThreadPoolExecutor workers;
  private ControlTopicReader control;
  private RequestStream stream;
  private volatile Thread controlThread;

  /**
   * @param controlTopic batch.control
   * @param cancelled where the cancellations read from batch.control go (the handler may look too)
   */
  public RequestWorker(
      WorkerClients clients,
      String controlTopic,
      RequestHandler<R> handler,
      CancelledBatches cancelled,
      WorkerEvents events,
      WorkerSettings settings) {
    this.clients = clients;
    this.controlTopic = controlTopic;
    this.handler = handler;
    this.cancelled = cancelled;
    this.events = events;
    this.settings = settings;
  }

  /**
   * Starts taking {@code requests}: the messages of the request topic's channel, whose
   * acknowledgement commits them.
   */
  public synchronized void start(Multi<Message<byte[]>> requests) {
    if (stream != null) {
      throw new IllegalStateException("the worker was already started");
    }
    producer = clients.producer();
    workers = workerPool(settings);
    control = new ControlTopicReader(clients::controlConsumer, controlTopic, cancelled);
    RequestDispatcher<R> dispatcher =
        new RequestDispatcher<>(handler, new RecordSender(producer), cancelled, events, workers);
    stream = new RequestStream(dispatcher, control, settings.maxPollRecords(), settings.name());
    controlThread = start(control, settings.name() + "-control-reader");
    requests.subscribe().withSubscriber(stream);
  }

  public synchronized void stop() {
    if (stream == null) {
      return;
    }
    stream.stop(settings.shutdownTimeout());
    control.stop();
    workers.shutdownNow();
    join(controlThread, Duration.ofSeconds(15));
    producer.close(Duration.ofSeconds(10));
    LOG.infof("%s worker stopped", settings.name());
  }

  /**
   * Whether requests still arrive and the batch.control reader is alive: false once either ended
   * (or after shutdown).
   */
  public boolean isRunning() {
    RequestStream requests = stream;
    Thread control = controlThread;
    return requests != null && requests.isTaking() && control != null && control.isAlive();
  }

  /**
   * A fixed pool whose queue holds every request the stream may have in flight (max-poll-records),
   * with room to spare, so a task is never refused.
   */
  private static ThreadPoolExecutor workerPool(WorkerSettings settings) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        settings.maxInFlight(),
        settings.maxInFlight(),
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(2 * settings.maxPollRecords()),
        task -> {
          Thread thread = new Thread(task, settings.name() + "-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  private static Thread start(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler(
        (t, e) -> LOG.errorf(e, "%s died: the worker reports not ready", t.getName()));
    thread.start();
    return thread;
  }

  private static void join(Thread thread, Duration timeout) {
    try {
      thread.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
