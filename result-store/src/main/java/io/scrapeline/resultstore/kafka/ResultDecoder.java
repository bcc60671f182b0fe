package io.scrapeline.resultstore.kafka;

import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.MalformedRecordException;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.resultstore.mapping.ResultMapper;
import io.scrapeline.resultstore.repository.ItemOutcome;
import io.scrapeline.resultstore.repository.SitemapChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Reads a poll's records into item outcomes. A record that cannot be read goes, unchanged and with
 * the reason, to its topic's dead-letter topic, and the poll moves on without it.
 */
class ResultDecoder {

  private static final Logger LOG = Logger.getLogger(ResultDecoder.class);

  private static final long DLQ_ACK_TIMEOUT_SECONDS = 30;

  private final Topics topics;
  private final RecordPublisher publisher;

  ResultDecoder(Topics topics, RecordPublisher publisher) {
    this.topics = topics;
    this.publisher = publisher;
  }

  /**
   * The decoded outcomes, the chunks of completed sitemap results, and how many records were
   * dead-lettered.
   */
  record Decoded(List<ItemOutcome> outcomes, List<SitemapChunk> chunks, int deadLettered) {}

  /**
   * Decodes every record and waits until Kafka acknowledged each dead letter.
   *
   * @throws IllegalStateException when a dead letter could not be published; the poll is retried
   */
  Decoded decode(ConsumerRecords<String, byte[]> records) {
    List<ItemOutcome> outcomes = new ArrayList<>(records.count());
    List<SitemapChunk> chunks = new ArrayList<>();
    List<Future<RecordMetadata>> letters = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        if (record.topic().equals(topics.sitemapResults())) {
          decodeSitemap(record, outcomes, chunks);
        } else {
          outcomes.add(ResultMapper.outcome(WireJson.read(record.value(), ScrapeResult.class)));
        }
      } catch (MalformedRecordException e) {
        LOG.warnf(
            "dead-lettering %s-%d@%d: %s",
            record.topic(), record.partition(), record.offset(), e.reason());
        letters.add(publisher.deadLetter(record, e.reason()));
      }
    }
    awaitAll(letters);
    return new Decoded(outcomes, chunks, letters.size());
  }

  /**
   * A failed sitemap result finishes its item at once; a completed one is a chunk of the input's
   * links, stored until every chunk is there.
   */
  private static void decodeSitemap(
      ConsumerRecord<String, byte[]> record,
      List<ItemOutcome> outcomes,
      List<SitemapChunk> chunks) {
    SitemapResult result = WireJson.read(record.value(), SitemapResult.class);
    if (result.status() == ItemStatus.COMPLETED) {
      chunks.add(ResultMapper.chunk(result));
    } else {
      outcomes.add(ResultMapper.outcome(result));
    }
  }

  private static void awaitAll(List<Future<RecordMetadata>> letters) {
    try {
      for (Future<RecordMetadata> letter : letters) {
        letter.get(DLQ_ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot publish to a dead-letter topic", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while dead-lettering", e);
    }
  }
}
