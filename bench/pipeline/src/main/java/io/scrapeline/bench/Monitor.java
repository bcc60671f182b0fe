package io.scrapeline.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * CPU seconds and resident memory of every process of the run: the stack's processes (pid files of
 * the run directory; PostgreSQL as its whole process tree), the fixture web server (its threads in
 * this JVM) and the rest of this JVM (the benchmark client, and the ceiling scenario's work). A
 * window measures a scenario: CPU deltas, the largest resident size sampled every 200 ms, and the
 * CPU the machine spent on processes that are not ours (other builds), which is how noisy the
 * figures are.
 */
final class Monitor implements AutoCloseable {

  static final String POSTGRES = "postgres";
  static final String FIXTURE = "fixture-web";
  static final String BENCH = "bench-client";

  /** Display order; the stack's names are those of its pid files. */
  static final List<String> ORDER =
      List.of(
          "api-gateway",
          "result-store",
          "scrape-worker",
          "scrape-worker-2",
          "sitemap-worker",
          "kafka",
          POSTGRES,
          FIXTURE,
          BENCH);

  private final Supplier<Map<String, Long>> stackPids;
  private final long self = ProcessHandle.current().pid();
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "bench-sampler");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<String, Long> peakRssKb = new ConcurrentHashMap<>();

  Monitor(Supplier<Map<String, Long>> stackPids) {
    this.stackPids = stackPids;
    sampler.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
  }

  /** Starts measuring a scenario. */
  Window open() {
    peakRssKb.clear();
    sample();
    return new Window(cpu(), Proc.machineTicks(), System.nanoTime(), Proc.loadAverage());
  }

  /**
   * CPU seconds so far of every process (the fixture's threads split from the rest of this JVM).
   */
  Map<String, Double> cpu() {
    Map<String, Double> cpu = new LinkedHashMap<>();
    stackPids
        .get()
        .forEach(
            (name, pid) ->
                (name.equals(POSTGRES) ? treeCpu(pid) : Proc.cpuSeconds(pid))
                    .ifPresent(seconds -> cpu.put(name, seconds)));
    double fixture = FixtureWeb.cpuNanos() / 1e9;
    cpu.put(FIXTURE, fixture);
    Proc.cpuSeconds(self).ifPresent(seconds -> cpu.put(BENCH, Math.max(0, seconds - fixture)));
    return cpu;
  }

  /** Resident memory now, in kB: VmRSS of a JVM, the sum of PSS over PostgreSQL's processes. */
  Map<String, Long> rssKb() {
    Map<String, Long> rss = new LinkedHashMap<>();
    stackPids
        .get()
        .forEach(
            (name, pid) ->
                (name.equals(POSTGRES) ? treePss(pid) : Proc.statusKb(pid, "VmRSS"))
                    .ifPresent(kb -> rss.put(name, kb)));
    Proc.statusKb(self, "VmRSS").ifPresent(kb -> rss.put(BENCH + "+" + FIXTURE, kb));
    return rss;
  }

  /** Peak resident memory over each JVM's life (VmHWM), in kB. */
  Map<String, Long> lifetimePeakKb() {
    Map<String, Long> peak = new LinkedHashMap<>();
    stackPids
        .get()
        .forEach(
            (name, pid) -> {
              if (!name.equals(POSTGRES)) {
                Proc.statusKb(pid, "VmHWM").ifPresent(kb -> peak.put(name, kb));
              }
            });
    Proc.statusKb(self, "VmHWM").ifPresent(kb -> peak.put(BENCH + "+" + FIXTURE, kb));
    return peak;
  }

  /**
   * Waits until the stack's processes together use less than 0.15 of a core over one second, at
   * most {@code max}; true when they did.
   */
  boolean awaitQuiet(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      double before = stackTotal(cpu());
      Thread.sleep(1000);
      if (stackTotal(cpu()) - before < 0.15) {
        return true;
      }
    }
    return false;
  }

  private static double stackTotal(Map<String, Double> cpu) {
    double total = 0;
    for (Map.Entry<String, Double> entry : cpu.entrySet()) {
      if (!entry.getKey().equals(FIXTURE) && !entry.getKey().equals(BENCH)) {
        total += entry.getValue();
      }
    }
    return total;
  }

  private void sample() {
    try {
      rssKb().forEach((name, kb) -> peakRssKb.merge(name, kb, Math::max));
    } catch (RuntimeException e) {
      // A process that just exited: the next sample will do.
    }
  }

  private static Optional<Double> treeCpu(long pid) {
    Optional<Double> own = Proc.cpuSeconds(pid);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    double total = own.get() + Proc.childCpuSeconds(pid).orElse(0.0);
    total +=
        ProcessHandle.of(pid).stream()
            .flatMap(ProcessHandle::descendants)
            .mapToDouble(child -> Proc.cpuSeconds(child.pid()).orElse(0.0))
            .sum();
    return Optional.of(total);
  }

  private static Optional<Long> treePss(long pid) {
    Optional<Long> own = Proc.pssKb(pid);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    long total =
        own.get()
            + ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::descendants)
                .mapToLong(child -> Proc.pssKb(child.pid()).orElse(0L))
                .sum();
    return Optional.of(total);
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }

  /** A scenario's measurement, from {@link #open()} to {@link #close()}. */
  final class Window {
    private final Map<String, Double> cpuStart;
    private final long[] machineStart;
    private final long startNanos;
    private final double loadStart;

    private Window(
        Map<String, Double> cpuStart, long[] machineStart, long startNanos, double load) {
      this.cpuStart = cpuStart;
      this.machineStart = machineStart;
      this.startNanos = startNanos;
      this.loadStart = load;
    }

    Usage close() {
      sample();
      Map<String, Double> cpuEnd = cpu();
      long[] machineEnd = Proc.machineTicks();
      double wall = (System.nanoTime() - startNanos) / 1e9;
      Map<String, Double> delta = new LinkedHashMap<>();
      double ours = 0;
      for (String name : ORDER) {
        if (cpuEnd.containsKey(name)) {
          double used = Math.max(0, cpuEnd.get(name) - cpuStart.getOrDefault(name, 0.0));
          delta.put(name, used);
          ours += used;
        }
      }
      double machineBusy = (machineEnd[0] - machineStart[0]) / (double) Proc.CLK_TCK;
      double foreign = Math.max(0, machineBusy - ours);
      Map<String, Long> peak = new LinkedHashMap<>();
      for (String name : ORDER) {
        Long kb = peakRssKb.get(name);
        if (kb != null) {
          peak.put(name, kb);
        }
      }
      Long self = peakRssKb.get(BENCH + "+" + FIXTURE);
      if (self != null) {
        peak.put(BENCH + "+" + FIXTURE, self);
      }
      return new Usage(wall, delta, peak, foreign / wall, loadStart, Proc.loadAverage());
    }
  }

  /**
   * What a scenario used.
   *
   * @param wallSeconds the window's length
   * @param cpuSeconds CPU seconds per process
   * @param peakRssKb the largest resident size sampled per process
   * @param foreignCores CPU of processes that are not ours, in cores on average (other builds)
   */
  record Usage(
      double wallSeconds,
      Map<String, Double> cpuSeconds,
      Map<String, Long> peakRssKb,
      double foreignCores,
      double loadStart,
      double loadEnd) {

    Map<String, Object> toJson(long pages) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("wall_seconds", Report.round(wallSeconds, 2));
      Map<String, Object> cpu = new LinkedHashMap<>();
      cpuSeconds.forEach((name, seconds) -> cpu.put(name, Report.round(seconds, 2)));
      out.put("cpu_seconds", cpu);
      if (pages > 0) {
        Map<String, Object> perPage = new LinkedHashMap<>();
        cpuSeconds.forEach(
            (name, seconds) -> perPage.put(name, Report.round(seconds * 1000 / pages, 2)));
        out.put("cpu_seconds_per_1000_pages", perPage);
      }
      Map<String, Object> rss = new LinkedHashMap<>();
      peakRssKb.forEach((name, kb) -> rss.put(name, Report.round(kb / 1024.0, 0)));
      out.put("peak_rss_mb_sampled", rss);
      out.put("other_processes_cores", Report.round(foreignCores, 2));
      out.put("load_average_start", loadStart);
      out.put("load_average_end", loadEnd);
      return out;
    }
  }
}
