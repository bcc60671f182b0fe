package io.scrapeline.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end-to-end benchmark: {@code bench/run.sh [scenario ...|all]}. Generates the corpus, serves
 * it on 50 loopback hosts, starts the stack with {@code ./scrapeline up} when a scenario needs it,
 * runs the scenarios, prints a table and writes {@code bench/results/<timestamp>.json}.
 */
public final class Bench {

  static final int HOSTS = 50;
  static final long CORPUS_SEED = 20_251_124L;
  static final int CORPUS_PAGES = 1000;

  /**
   * Service settings the benchmark needs, unless the environment sets them. A 20,000-URL batch is
   * over the default limit of 10,000. The single-URL scenario submits a few hundred batches in a
   * minute, over the default 600/min with a burst of 60. And the worker's politeness is meant for
   * other people's sites: its default per-host minimum delay (PT1S between two requests to one
   * host) would cap a run at one page per second per host, 50 pages/s over 50 hosts, and measure
   * nothing but that delay; the fixture hosts are ours, on loopback, so the delay is 0. The
   * per-host in-flight limit (default 2) stays: with 50 hosts it allows 100 fetches at once, more
   * than the worker's 64. robots.txt stays on (the fixture allows everything; one fetch per host).
   */
  static final Map<String, String> STACK_SETTINGS =
      Map.of(
          "SCRAPELINE_MAX_URLS_PER_BATCH", "20000",
          "SCRAPELINE_GATEWAY_SUBMIT_RATE_PER_MINUTE", "100000",
          "SCRAPELINE_GATEWAY_SUBMIT_BURST", "1000",
          "SCRAPELINE_SCRAPE_WORKER_PER_HOST_MIN_DELAY", "PT0S");

  private Bench() {}

  static List<Scenario> scenarios() {
    return List.of(
        new FixtureCapacity(),
        new FetchCost(),
        new Ceiling(20_000, HOSTS),
        new Throughput(
            "5k",
            "issue 3: a 5,000-URL markdown batch over 10 hosts",
            "page",
            5_000,
            10,
            0,
            Map.of()),
        new Throughput(
            "e2e",
            "a 20,000-URL markdown batch over 50 hosts, submit to last result stored",
            "page",
            20_000,
            HOSTS,
            1000,
            Map.of()),
        new SubmitLatency(10_000, 5),
        new SingleUrl(200),
        new Throughput(
            "inflight",
            "5,000 pages answered after 1–3 s, worker restarted with max-in-flight 500: its RSS",
            "slow",
            5_000,
            HOSTS,
            0,
            Map.of(
                "SCRAPELINE_SCRAPE_WORKER_MAX_IN_FLIGHT", "500",
                "SCRAPELINE_SCRAPE_WORKER_MAX_POLL_RECORDS", "1000",
                // 500 over 50 hosts is 10 per host: the default 2 would cap it at 100.
                "SCRAPELINE_SCRAPE_WORKER_PER_HOST_MAX_IN_FLIGHT", "16")),
        new StatusPages(1_000_000, 10_000),
        new Replicas(5_000, HOSTS),
        new Load(32, java.time.Duration.ofSeconds(60)));
  }

  public static void main(String[] args) throws Exception {
    // The worker classes log through JBoss LogManager (bench/run.sh installs it as the JUL
    // manager), whose root level is ALL unless set: Apache HttpClient's debug wire and session
    // logs would then cost the ceiling and fetch scenarios several ms of CPU a page, which the
    // services (INFO) never pay.
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    List<Scenario> selected = select(args);
    if (selected.isEmpty()) {
      return;
    }
    Path sourceTree =
        Path.of(System.getProperty("bench.sourceTree", "../..")).toAbsolutePath().normalize();
    Path runDirectory =
        Path.of(
            System.getProperty(
                "bench.runDir", sourceTree.resolve("bench/pipeline/target/run").toString()));
    Path results =
        Path.of(
            System.getProperty("bench.resultsDir", sourceTree.resolve("bench/results").toString()));
    Report report = new Report();
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());
    report.top("started_at", Instant.now().toString());
    report.top("scenarios_run", selected.stream().map(Scenario::name).toList());
    report.top("machine", Machine.describe());
    report.top("commit", Machine.commit(sourceTree));
    System.out.println("Machine: " + Machine.describe());

    Map<String, String> settings = new LinkedHashMap<>();
    STACK_SETTINGS.forEach(
        (name, value) -> {
          if (System.getenv(name) == null) {
            settings.put(name, value);
          }
        });
    System.out.printf("Generating the corpus (%d pages, seed %d)...%n", CORPUS_PAGES, CORPUS_SEED);
    Corpus corpus = new Corpus(CORPUS_SEED, CORPUS_PAGES);
    System.out.println("Corpus: " + corpus.describe());
    report.top("corpus", corpus.describe());
    Map<String, String> failures = new LinkedHashMap<>();
    try (FixtureWeb fixture = FixtureWeb.start(corpus, HOSTS, 32);
        Context context = new Context(sourceTree, runDirectory, corpus, fixture, settings)) {
      Thread hook = new Thread(context::close, "bench-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      for (Scenario scenario : selected) {
        System.out.printf("%n== %s: %s%n", scenario.name(), scenario.description());
        long started = System.nanoTime();
        try {
          scenario.run(context, report);
        } catch (Exception | AssertionError e) {
          e.printStackTrace(System.out);
          failures.put(scenario.name(), e.toString());
          report.row(scenario.name(), "FAILED", e.getClass().getSimpleName());
        }
        System.out.printf(
            "   (%s took %.0f s)%n", scenario.name(), (System.nanoTime() - started) / 1e9);
      }
      ratio(report);
      Map<String, Long> lifetime = context.monitor.lifetimePeakKb();
      if (context.hasStack()) {
        report.top("stack_settings", context.stack().settings());
        Map<String, Object> peaks = new LinkedHashMap<>();
        lifetime.forEach((name, kb) -> peaks.put(name, Report.round(kb / 1024.0, 0)));
        report.top("lifetime_peak_rss_mb", peaks);
      }
      report.top("failures", failures);
      report.top("finished_at", Instant.now().toString());
      String table = report.table();
      String processes = report.processTable(lifetime);
      Path file = results.resolve(stamp + ".json");
      report.write(file, table, processes);
      System.out.println();
      System.out.println(table);
      System.out.println(processes);
      System.out.println("Written: " + file);
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }

  /** Pipeline / ceiling, when both ran. */
  private static void ratio(Report report) {
    Object pipeline = report.value("e2e", "pages_per_second");
    Object ceiling = report.value("ceiling", "pages_per_second");
    if (pipeline instanceof Double p && ceiling instanceof Double c && c > 0) {
      double ratio = p / c;
      report.scenario("ceiling").put("pipeline_over_ceiling", Report.round(ratio, 3));
      report.rowAfter(
          "e2e",
          "pipeline / ceiling (e2e pages/s ÷ ceiling pages/s)",
          Report.fmt(ratio * 100, 0) + " %",
          "≥ 60 %",
          ratio >= 0.6);
    }
  }

  private static List<Scenario> select(String[] args) {
    List<Scenario> all = scenarios();
    List<String> names = new ArrayList<>();
    for (String arg : args) {
      for (String name : arg.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    if (names.isEmpty() || names.contains("all")) {
      return all.stream().filter(scenario -> !scenario.optional()).toList();
    }
    if (names.contains("-h") || names.contains("--help") || names.contains("help")) {
      usage(all);
      return List.of();
    }
    List<Scenario> selected = new ArrayList<>();
    for (String name : names) {
      Scenario found =
          all.stream().filter(scenario -> scenario.name().equals(name)).findFirst().orElse(null);
      if (found == null) {
        System.err.println("unknown scenario '" + name + "'");
        usage(all);
        System.exit(2);
      }
      selected.add(found);
    }
    return selected;
  }

  private static void usage(List<Scenario> all) {
    System.err.println("usage: bench/run.sh [all | scenario ...]   (default: all, in this order)");
    for (Scenario scenario : all) {
      System.err.printf(
          "  %-9s %s%s%n",
          scenario.name(), scenario.description(), scenario.optional() ? " [not in all]" : "");
    }
  }
}
