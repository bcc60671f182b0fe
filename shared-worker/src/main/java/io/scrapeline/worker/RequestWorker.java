package io.scrapeline.worker;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;

/**
 * A consume, process, produce worker: the request loop and the batch.control reader on threads of
 * their own, the handler on a bounded pool. Each partition's records of a poll form a batch that
 * runs concurrently with the other partitions' and is committed once every record it produced is in
 * Kafka, so a slow host (requests are keyed by host) holds back only its own partition. {@link
 * #start} after the topics exist; {@link #stop} stops polling, lets in-flight work finish for the
 * shutdown timeout, commits what finished, gives back the rest and closes the clients.
 *
 * @param <R> the request record type
 */
public final class RequestWorker<R> {

  private static final Logger LOG = Logger.getLogger(RequestWorker.class);

  private final WorkerClients clients;
  private final String requestTopic;
  private final String controlTopic;
  private final RequestHandler<R> handler;
  private final CancelledBatches cancelled;
  private final WorkerEvents events;
  private final WorkerSettings settings;

  private Producer<String, byte[]> producer;
  private ThreadPoolExecutor workers;
  private ControlTopicReader control;
  private RequestLoop loop;
  private volatile Thread controlThread;
  private volatile Thread loopThread;

  /**
   * @param requestTopic the topic of the requests
   * @param controlTopic batch.control
   * @param cancelled where the cancellations read from batch.control go (the handler may look too)
   */
  public RequestWorker(
      WorkerClients clients,
      String requestTopic,
      String controlTopic,
      RequestHandler<R> handler,
      CancelledBatches cancelled,
      WorkerEvents events,
      WorkerSettings settings) {
    this.clients = clients;
    this.requestTopic = requestTopic;
    this.controlTopic = controlTopic;
    this.handler = handler;
    this.cancelled = cancelled;
    this.events = events;
    this.settings = settings;
  }

  public synchronized void start() {
    if (loopThread != null) {
      throw new IllegalStateException("the worker was already started");
    }
    producer = clients.producer();
    workers = workerPool(settings);
    control = new ControlTopicReader(clients::controlConsumer, controlTopic, cancelled);
    RequestDispatcher<R> dispatcher =
        new RequestDispatcher<>(handler, new RecordSender(producer), cancelled, events, workers);
    loop =
        new RequestLoop(
            clients::requestConsumer, requestTopic, dispatcher, control, settings.maxPollRecords());
    controlThread = start(control, settings.name() + "-control-reader");
    loopThread = start(loop, settings.name() + "-request-loop");
  }

  public synchronized void stop() {
    if (loopThread == null) {
      return;
    }
    Duration grace = settings.shutdownTimeout();
    loop.stop(grace);
    join(loopThread, grace.plusSeconds(15));
    control.stop();
    workers.shutdownNow();
    join(controlThread, Duration.ofSeconds(15));
    producer.close(Duration.ofSeconds(10));
    LOG.infof("%s worker stopped", settings.name());
  }

  /** Whether both threads are alive: false once either died (or after shutdown). */
  public boolean isRunning() {
    Thread loop = loopThread;
    Thread control = controlThread;
    return loop != null && loop.isAlive() && control != null && control.isAlive();
  }

  /**
   * A fixed pool whose queue holds every record the loop may have in flight (it stops polling at
   * max-poll-records in flight, and one poll adds at most as many), so a task is never refused.
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
