package io.scrapeline.resultstore.repository;

/** How many items of one batch a poll moved from pending to completed and to failed. */
public record CounterDelta(int completed, int failed) {

  public CounterDelta plus(CounterDelta other) {
    return new CounterDelta(completed + other.completed, failed + other.failed);
  }
}
