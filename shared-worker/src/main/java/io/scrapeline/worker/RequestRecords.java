package io.scrapeline.worker;

import io.scrapeline.model.WireMessage;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.model.url.UrlValidation;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The Kafka records of the pipeline's messages: requests keyed by host (all of a host's URLs land
 * on one partition, so one worker enforces its politeness and caches its robots.txt), results and
 * control records keyed by batch id.
 */
public final class RequestRecords {

  private RequestRecords() {}

  /**
   * A request for {@code url}, keyed by its host.
   *
   * @throws IllegalArgumentException when {@code url} is not a URL the pipeline accepts
   */
  public static ProducerRecord<String, byte[]> keyedByHost(
      String topic, String url, WireMessage request) {
    return new ProducerRecord<>(topic, UrlValidation.hostKey(url), WireJson.write(request));
  }

  /** A result (or control record), keyed by its batch id. */
  public static ProducerRecord<String, byte[]> keyedByBatch(String topic, WireMessage message) {
    return keyedByBatch(topic, message, WireJson.write(message));
  }

  /** A result already written as {@code json}, keyed by its batch id. */
  public static ProducerRecord<String, byte[]> keyedByBatch(
      String topic, WireMessage message, byte[] json) {
    return new ProducerRecord<>(topic, message.batchId().toString(), json);
  }
}
