package io.scrapeline.resultstore.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.scrapeline.model.Topics;
import io.scrapeline.resultstore.config.ResultStoreConfig;
import io.scrapeline.resultstore.service.ResultApplier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The consumer of scrape.results and sitemap.results: one thread, one plain KafkaConsumer, offsets
 * committed by hand only after a poll's results are committed in the database (at-least-once,
 * applied idempotently). It starts after the topics were created and stops on shutdown.
 */
@ApplicationScoped
public class ResultConsumer {

  private static final Logger LOG = Logger.getLogger(ResultConsumer.class);

  private final ResultStoreConfig.ResultConsumer settings;
  private final Topics topics;
  private final String bootstrapServers;
  private final ResultPollHandler handler;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile KafkaConsumer<String, byte[]> consumer;
  private volatile Thread thread;

  ResultConsumer(
      ResultStoreConfig config,
      @ConfigProperty(name = "scrapeline.topic-prefix") String topicPrefix,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      RecordPublisher publisher,
      ResultApplier applier,
      MeterRegistry registry) {
    this.settings = config.consumer();
    this.topics = Topics.withPrefix(topicPrefix);
    this.bootstrapServers = bootstrapServers;
    this.handler = new ResultPollHandler(new ResultDecoder(topics, publisher), applier, registry);
  }

  /** Starts after TopicsAtStartup (default priority), so the topics exist in local mode. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
    consumer =
        new KafkaConsumer<>(properties(), new StringDeserializer(), new ByteArrayDeserializer());
    thread = new Thread(this::run, "result-consumer");
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    stopping.countDown();
    if (thread == null || !thread.isAlive()) {
      return;
    }
    consumer.wakeup();
    try {
      thread.join(settings.shutdownTimeout().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("the result consumer did not stop in time");
    }
  }

  /** Whether the consumer thread is alive; readiness is DOWN once it died. */
  public boolean isRunning() {
    Thread current = thread;
    return current != null && current.isAlive();
  }

  private void run() {
    Duration backoff = settings.retryBackoff();
    KafkaConsumer<String, byte[]> kafka = consumer;
    try (kafka) {
      // Subscribing to a topic that does not exist yet is fine: it is assigned once it appears.
      kafka.subscribe(List.of(topics.scrapeResults(), topics.sitemapResults()));
      while (!isStopping()) {
        ConsumerRecords<String, byte[]> records = kafka.poll(settings.pollTimeout());
        if (records.isEmpty()) {
          continue;
        }
        if (handler.handle(kafka, records)) {
          backoff = settings.retryBackoff();
        } else {
          LOG.warnf("retrying the poll in %d ms", backoff.toMillis());
          awaitStop(backoff);
          backoff = min(backoff.multipliedBy(2), settings.retryBackoffMax());
        }
      }
    } catch (WakeupException e) {
      if (!isStopping()) {
        LOG.error("the result consumer was woken up unexpectedly and stopped", e);
      }
    } catch (RuntimeException | Error e) {
      LOG.error("the result consumer failed and stopped", e);
    }
  }

  private Map<String, Object> properties() {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG,
        settings.groupId(),
        ConsumerConfig.CLIENT_ID_CONFIG,
        "result-store",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest",
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
        settings.maxPollRecords(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed");
  }

  private boolean isStopping() {
    return stopping.getCount() == 0;
  }

  private void awaitStop(Duration timeout) {
    try {
      stopping.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping.countDown();
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
