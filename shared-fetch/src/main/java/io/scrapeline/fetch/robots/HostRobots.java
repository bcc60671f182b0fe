package io.scrapeline.fetch.robots;

import crawlercommons.robots.BaseRobotRules;
import io.scrapeline.fetch.http.FetchFailure;
import io.scrapeline.model.ItemErrorCode;
import java.time.Duration;
import java.util.Optional;

/**
 * The robots.txt of one origin as cached: its rules (allow-all or disallow-all for a missing or
 * failing file), or the network failure that left it unknown.
 *
 * @param rules the parsed or implied rules; null when robots.txt was unreachable
 * @param unreachable why robots.txt could not be fetched (connect, TLS, timeout), or null
 * @param why how disallow-all rules came about, for the refusal message ("robots.txt answered HTTP
 *     503 ..."); null for a parsed file
 * @param temporary whether to ask again soon (server errors) rather than after the full TTL
 */
record HostRobots(BaseRobotRules rules, FetchFailure unreachable, String why, boolean temporary) {

  /** The rules of a file, or implied by its status. */
  static HostRobots of(BaseRobotRules rules, String why, boolean temporary) {
    return new HostRobots(rules, null, why, temporary);
  }

  /** robots.txt could not be fetched: the page is not fetched either. */
  static HostRobots unreachable(ItemErrorCode code, String message) {
    return new HostRobots(
        null,
        new FetchFailure(code, "robots.txt could not be fetched (" + message + "): not fetching"),
        null,
        true);
  }

  /** What these rules say about {@code url}, with Crawl-delay capped at {@code maxCrawlDelay}. */
  RobotsVerdict verdict(String url, Duration maxCrawlDelay) {
    if (unreachable != null) {
      // Retriable: this answer is not kept, so the item's retry asks for robots.txt again.
      return new RobotsVerdict(Optional.of(unreachable), Duration.ZERO);
    }
    if (!rules.isAllowed(url)) {
      // Final for the item: a retry would meet the same cached rules.
      FetchFailure refusal =
          new FetchFailure(
              ItemErrorCode.ROBOTS_DISALLOWED,
              why == null ? "disallowed by robots.txt" : "disallowed: " + why);
      return new RobotsVerdict(Optional.of(refusal.notRetriable()), Duration.ZERO);
    }
    return new RobotsVerdict(Optional.empty(), crawlDelay(maxCrawlDelay));
  }

  private Duration crawlDelay(Duration max) {
    long millis = rules.getCrawlDelay();
    if (millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0) {
      return Duration.ZERO;
    }
    Duration delay = Duration.ofMillis(millis);
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
