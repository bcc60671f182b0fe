package io.scrapeline.scrapeworker.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.scrapeline.model.Topics;
import io.scrapeline.scrapeworker.config.WorkerConfig;
import io.scrapeline.scrapeworker.service.CancelledBatches;
import io.scrapeline.scrapeworker.service.ScrapeMetrics;
import io.scrapeline.scrapeworker.service.ScrapeService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Starts the request loop and the batch.control reader when the application starts (after the
 * topics exist) and stops them, bounded, when it stops: stop polling, let in-flight work finish for
 * shutdown-timeout, commit what finished, give back the rest, close.
 */
@ApplicationScoped
public class WorkerLifecycle {

  private static final Logger LOG = Logger.getLogger(WorkerLifecycle.class);

  private final KafkaClients clients;
  private final ScrapeService service;
  private final CancelledBatches cancelled;
  private final ScrapeMetrics metrics;
  private final WorkerConfig config;
  private final Topics topics;

  private Producer<String, byte[]> producer;
  private ThreadPoolExecutor workers;
  private ControlTopicReader control;
  private RequestLoop loop;
  private volatile Thread controlThread;
  private volatile Thread loopThread;

  @Inject
  public WorkerLifecycle(
      KafkaClients clients,
      ScrapeService service,
      CancelledBatches cancelled,
      ScrapeMetrics metrics,
      WorkerConfig config,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix) {
    this.clients = clients;
    this.service = service;
    this.cancelled = cancelled;
    this.metrics = metrics;
    this.config = config;
    this.topics = Topics.withPrefix(prefix);
  }

  /** Runs after TopicsAtStartup (default observer priority), so the topics exist. */
  synchronized void start(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
    producer = clients.producer();
    // Extraction tasks: never more than the records in flight, under 2 x max-poll-records.
    workers = workerPool(config.maxInFlight(), 2 * config.maxPollRecords());
    ResultPublisher publisher =
        new ResultPublisher(producer, topics, new CappedResultWriter(config.maxRecordBytes()));
    control = new ControlTopicReader(clients::controlConsumer, topics.batchControl(), cancelled);
    RequestDispatcher dispatcher =
        new RequestDispatcher(service, publisher, cancelled, metrics, workers);
    loop =
        new RequestLoop(
            clients::requestConsumer,
            topics.scrapeRequests(),
            dispatcher,
            control,
            config.maxPollRecords());
    controlThread = start(control, "batch-control-reader");
    loopThread = start(loop, "scrape-request-loop");
  }

  synchronized void stop(@Observes ShutdownEvent event) {
    if (loopThread == null) {
      return;
    }
    Duration grace = config.shutdownTimeout();
    loop.stop(grace);
    join(loopThread, grace.plusSeconds(15));
    control.stop();
    workers.shutdownNow();
    join(controlThread, Duration.ofSeconds(15));
    producer.close(Duration.ofSeconds(10));
    LOG.info("scrape worker stopped");
  }

  /** Whether both threads are alive: false once either died (or after shutdown). */
  public boolean isRunning() {
    Thread loop = loopThread;
    Thread control = controlThread;
    return loop != null && loop.isAlive() && control != null && control.isAlive();
  }

  /**
   * A fixed pool whose queue holds every record the loop may have in flight (see RequestLoop's
   * backpressure), so a task is never refused.
   */
  private static ThreadPoolExecutor workerPool(int threads, int queued) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queued),
        task -> {
          Thread thread = new Thread(task, "scrape-" + count.incrementAndGet());
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
