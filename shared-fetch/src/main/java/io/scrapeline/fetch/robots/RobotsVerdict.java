package io.scrapeline.fetch.robots;

import io.scrapeline.fetch.http.FetchFailure;
import java.time.Duration;
import java.util.Optional;

/**
 * What robots.txt says about one URL.
 *
 * @param refusal why the URL may not be fetched (robots_disallowed, or the network error that made
 *     robots.txt unreachable); empty when it may
 * @param crawlDelay the host's Crawl-delay for us, capped; zero when none
 */
public record RobotsVerdict(Optional<FetchFailure> refusal, Duration crawlDelay) {

  /** Fetching is allowed, no Crawl-delay. */
  public static RobotsVerdict allowed() {
    return new RobotsVerdict(Optional.empty(), Duration.ZERO);
  }

  public boolean isAllowed() {
    return refusal.isEmpty();
  }
}
