package io.scrapeline.local;

import java.io.IOException;

/**
 * Entry point of the broker JVM. In tests it watches its standard input: when the parent test JVM
 * dies, even by kill -9, the pipe closes and the broker exits instead of lingering.
 */
public final class KafkaServerMain {

  static final String DIE_WITH_PARENT = "scrapeline.kafka.die-with-parent";

  private KafkaServerMain() {}

  public static void main(String[] args) throws Exception {
    if (Boolean.getBoolean(DIE_WITH_PARENT)) {
      Thread watcher = new Thread(KafkaServerMain::exitWhenParentGoes, "parent-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }
    kafka.Kafka.main(args);
  }

  private static void exitWhenParentGoes() {
    try {
      while (System.in.read() != -1) {
        // Nothing is ever written: only the end of the stream matters.
      }
    } catch (IOException closed) {
      // Same meaning as end of stream.
    }
    Runtime.getRuntime().halt(0);
  }
}
