package io.scrapeline.local.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Flushable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Follows one submitted batch until it ends: polls its status from the first item not written yet,
 * hands finished items to the writer, and shows the counters on the progress bar. When a poll wrote
 * something it asks again at once (the next page may be finished too); otherwise it waits the poll
 * interval. A lost connection or a server error is retried for {@link #PATIENCE}.
 */
final class BatchWatcher {

  /** The API's largest page. */
  static final int PAGE_SIZE = 100;

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final GatewayClient client;
  private final ProgressBar progress;
  private final Duration pollInterval;
  private final LongSupplier nanoClock;
  private boolean failing;

  BatchWatcher(
      GatewayClient client, ProgressBar progress, Duration pollInterval, LongSupplier nanoClock) {
    this.client = client;
    this.progress = progress;
    this.pollInterval = pollInterval;
    this.nanoClock = nanoClock;
  }

  /**
   * @param overall turns this batch's counters into the whole command's, for the progress bar
   * @return the last status page: the batch's final status and counters
   */
  StatusPage watch(
      String id,
      OrderedJsonlWriter writer,
      Flushable output,
      Function<StatusPage, ProgressBar.Counts> overall)
      throws IOException, InterruptedException {
    long lastAnswer = nanoClock.getAsLong();
    while (true) {
      long before = writer.next();
      Optional<StatusPage> answer = poll(id, writer, lastAnswer);
      if (answer.isEmpty()) {
        Thread.sleep(pollInterval.toMillis());
        continue;
      }
      lastAnswer = nanoClock.getAsLong();
      StatusPage page = answer.get();
      for (int i = 0; i < page.results().size(); i++) {
        ObjectNode item = page.results().get(i);
        if (StatusPage.isFinished(item)) {
          writer.offer(page.from() + i, item);
        }
      }
      output.flush();
      progress.update(overall.apply(page));
      boolean advanced = writer.next() > before;
      if (writer.next() >= page.total() || (page.ended() && !advanced)) {
        return page;
      }
      if (!advanced) {
        Thread.sleep(pollInterval.toMillis());
      }
    }
  }

  /** One status page, or empty after a failure worth retrying; other failures are thrown. */
  private Optional<StatusPage> poll(String id, OrderedJsonlWriter writer, long lastAnswer) {
    try {
      StatusPage page = client.status(id, writer.next(), writer.wanted(PAGE_SIZE));
      failing = false;
      return Optional.of(page);
    } catch (GatewayException e) {
      if (!e.retriable() || nanoClock.getAsLong() - lastAnswer > PATIENCE.toNanos()) {
        throw e;
      }
      if (!failing) {
        progress.println("warning: " + e.getMessage() + "; trying again");
      }
      failing = true;
      return Optional.empty();
    }
  }
}
