package io.scrapeline.model.kafka;

import io.scrapeline.model.Topics;
import io.scrapeline.model.kafka.TopicBootstrap.TopicSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The topics of ARCHITECTURE.md with their partitions and configs, as the local stack creates them.
 */
public final class TopicLayout {

  /** Results carry whole pages: the broker's default 1 MB record limit is too small. */
  public static final int RESULT_MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

  private TopicLayout() {}

  /**
   * Every topic and its dead-letter topic.
   *
   * @param topics the deployment's topic names
   * @param partitions partitions of the request and result topics: the upper bound of worker
   *     parallelism
   */
  public static List<TopicSpec> of(Topics topics, int partitions) {
    Map<String, String> large = Map.of("max.message.bytes", "" + RESULT_MAX_MESSAGE_BYTES);
    List<TopicSpec> main =
        List.of(
            new TopicSpec(topics.scrapeRequests(), partitions, Map.of()),
            new TopicSpec(topics.scrapeResults(), partitions, large),
            new TopicSpec(topics.sitemapRequests(), partitions, Map.of()),
            new TopicSpec(topics.sitemapResults(), partitions, large),
            new TopicSpec(topics.batchControl(), 1, Map.of("cleanup.policy", "compact")));
    List<TopicSpec> all = new ArrayList<>(main);
    main.forEach(topic -> all.add(new TopicSpec(topics.dlq(topic.name()), 1, large)));
    return List.copyOf(all);
  }
}
