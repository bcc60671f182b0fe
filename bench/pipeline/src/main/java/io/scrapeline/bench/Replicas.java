package io.scrapeline.bench;

import io.scrapeline.local.FreePorts;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Scaling with scrape-worker replicas on this machine: the same batch with the stack's one worker,
 * then with a second worker process started here (the same fast-jar, heap and GC as ./scrapeline
 * starts, the same environment, its own port), which joins the consumer group and takes half of the
 * request topic's partitions. Not part of {@code all}: run {@code bench/run.sh replicas}.
 */
final class Replicas implements Scenario {

  private final int urls;
  private final int hosts;

  Replicas(int urls, int hosts) {
    this.urls = urls;
    this.hosts = hosts;
  }

  @Override
  public String name() {
    return "replicas";
  }

  @Override
  public String description() {
    return "a " + urls + "-URL batch with 1, then 2 scrape-worker replicas (optional scenario)";
  }

  @Override
  public boolean optional() {
    return true;
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    Throughput one =
        new Throughput("replicas-1", "1 scrape-worker replica", "page", urls, hosts, 0, Map.of());
    one.run(context, report);
    Process second = startSecondWorker(context);
    Path pidFile = context.runDirectory.resolve("pids").resolve("scrape-worker-2.pid");
    // Named in the run directory so that the monitor measures it; ./scrapeline down ignores it.
    Files.writeString(pidFile, second.pid() + "\n");
    context.workerWarm = false;
    try {
      Throughput two =
          new Throughput(
              "replicas-2", "2 scrape-worker replicas", "page", urls, hosts, 0, Map.of());
      two.run(context, report);
    } finally {
      second.destroy();
      if (!second.waitFor(60, TimeUnit.SECONDS)) {
        second.destroyForcibly();
      }
      Files.deleteIfExists(pidFile);
    }
  }

  /** A second scrape worker, as LocalStack starts one, ready before this returns. */
  private static Process startSecondWorker(Context context) throws Exception {
    Map<String, String> stackEnv = context.stack().environment();
    int port = FreePorts.pick();
    Path jar = context.sourceTree.resolve("scrape-worker/target/quarkus-app/quarkus-run.jar");
    Path log = context.runDirectory.resolve("logs").resolve("scrape-worker-2.log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + stackEnv.getOrDefault("SCRAPELINE_SERVICE_HEAP", "256m"),
                    "-XX:+UseSerialGC",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-Dscrapeline.process=scrape-worker-2",
                    "-jar",
                    jar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(context.serviceEnvironment());
    builder.environment().putAll(stackEnv);
    builder.environment().put("SCRAPELINE_SCRAPE_WORKER_PORT", "" + port);
    builder
        .environment()
        .put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + stackEnv.get("SCRAPELINE_KAFKA_PORT"));
    builder.environment().putIfAbsent("SCRAPELINE_ALLOWED_CIDRS", "127.0.0.0/8,::1/128");
    System.out.println("  starting a second scrape worker on port " + port + " (log " + log + ")");
    Process process = builder.start();
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the second scrape worker exited; see " + log);
      }
      try {
        HttpResponse<Void> ready =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          // Let the consumer group settle (both members assigned) before measuring.
          Thread.sleep(10_000);
          return process;
        }
      } catch (java.io.IOException e) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    process.destroy();
    throw new IllegalStateException("the second scrape worker was not ready within 180 s");
  }
}
