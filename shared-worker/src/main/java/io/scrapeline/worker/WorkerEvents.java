package io.scrapeline.worker;

/** What the loop tells a worker's metrics about requests that were not handled. */
public interface WorkerEvents {

  /** No metrics. */
  WorkerEvents NONE = new WorkerEvents() {};

  /** An unreadable request went to the dead-letter topic. */
  default void deadLettered() {}

  /** A request of a cancelled batch was skipped. */
  default void skippedCancelled() {}
}
