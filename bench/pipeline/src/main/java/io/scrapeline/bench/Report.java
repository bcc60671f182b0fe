package io.scrapeline.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a run: table rows for people, the same and more as JSON for programs. */
final class Report {

  /** One line of the table; {@code met} is null when the figure has no target. */
  record Row(String scenario, String metric, String value, String target, Boolean met) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> json = new LinkedHashMap<>();
  private final Map<String, Object> scenarios = new LinkedHashMap<>();
  private final Map<String, Monitor.Usage> usages = new LinkedHashMap<>();
  private final Map<String, Long> pagesByScenario = new LinkedHashMap<>();

  Report() {
    json.put("scenarios", scenarios);
  }

  void top(String key, Object value) {
    json.put(key, value);
  }

  void row(String scenario, String metric, String value) {
    rows.add(new Row(scenario, metric, value, "", null));
  }

  void row(String scenario, String metric, String value, String target, boolean met) {
    rows.add(new Row(scenario, metric, value, target, met));
  }

  /** A row placed after the last row of {@code anchor} (at the end when it has none). */
  void rowAfter(String anchor, String metric, String value, String target, boolean met) {
    int at = rows.size();
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (rows.get(i).scenario().equals(anchor)) {
        at = i + 1;
        break;
      }
    }
    rows.add(at, new Row(anchor, metric, value, target, met));
  }

  /** The scenario's JSON object, created on first use. */
  @SuppressWarnings("unchecked")
  Map<String, Object> scenario(String name) {
    return (Map<String, Object>) scenarios.computeIfAbsent(name, key -> new LinkedHashMap<>());
  }

  /** Records what a scenario used; {@code pages} scales CPU to "per 1,000 pages" (0: none). */
  void usage(String scenario, Monitor.Usage usage, long pages) {
    usages.put(scenario, usage);
    pagesByScenario.put(scenario, pages);
    scenario(scenario).put("resources", usage.toJson(pages));
  }

  Object value(String scenario, String key) {
    Object section = scenarios.get(scenario);
    return section instanceof Map<?, ?> map ? map.get(key) : null;
  }

  /**
   * The rows, each scenario's followed by how much CPU other processes (other builds) used while it
   * ran: the noise of its figures.
   */
  private List<Row> allRows() {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      out.add(row);
      boolean last = i + 1 == rows.size() || !rows.get(i + 1).scenario().equals(row.scenario());
      Monitor.Usage usage = usages.get(row.scenario());
      if (last && usage != null) {
        out.add(
            new Row(
                row.scenario(),
                "  meanwhile, CPU used by processes outside this run (other builds)",
                fmt(usage.foreignCores(), 2) + " cores",
                "",
                null));
      }
    }
    return out;
  }

  /** The main table. */
  String table() {
    List<Row> rows = allRows();
    int[] width = {8, 6, 5, 6};
    for (Row row : rows) {
      width[0] = Math.max(width[0], row.scenario().length());
      width[1] = Math.max(width[1], row.metric().length());
      width[2] = Math.max(width[2], row.value().length());
      width[3] = Math.max(width[3], row.target().length());
    }
    StringBuilder out = new StringBuilder();
    String format =
        "| %-"
            + width[0]
            + "s | %-"
            + width[1]
            + "s | %"
            + width[2]
            + "s | %-"
            + width[3]
            + "s | %-6s |%n";
    out.append(String.format(format, "scenario", "metric", "value", "target", "met"));
    out.append(separator(width, 6));
    for (Row row : rows) {
      out.append(
          String.format(
              format,
              row.scenario(),
              row.metric(),
              row.value(),
              row.target(),
              row.met() == null ? "" : row.met() ? "yes" : "**no**"));
    }
    return out.toString();
  }

  /**
   * Per process: CPU seconds per 1,000 pages in the throughput scenarios, the largest resident size
   * sampled in them, and each JVM's lifetime peak (VmHWM) at the end of the run.
   */
  String processTable(Map<String, Long> lifetimePeakKb) {
    List<String> throughput = new ArrayList<>();
    for (String name : List.of("5k", "e2e", "inflight")) {
      if (usages.containsKey(name) && pagesByScenario.get(name) > 0) {
        throughput.add(name);
      }
    }
    List<String> header = new ArrayList<>(List.of("process"));
    for (String name : throughput) {
      header.add("CPU s / 1k pages (" + name + ")");
      header.add("peak RSS MB (" + name + ")");
    }
    header.add("VmHWM MB (end)");
    List<List<String>> lines = new ArrayList<>();
    for (String process : Monitor.ORDER) {
      List<String> line =
          new ArrayList<>(
              List.of(
                  process.equals(Monitor.BENCH)
                      ? "bench JVM (client; RSS incl. fixture)"
                      : process));
      boolean any = false;
      for (String name : throughput) {
        Monitor.Usage usage = usages.get(name);
        Double cpu = usage.cpuSeconds().get(process);
        long pages = pagesByScenario.get(name);
        line.add(cpu == null ? "" : fmt(cpu * 1000 / pages, 2));
        Long rss = usage.peakRssKb().get(rssKey(process));
        line.add(rss == null ? "" : fmt(rss / 1024.0, 0));
        any |= cpu != null;
      }
      Long peak = lifetimePeakKb.get(rssKey(process));
      line.add(
          peak == null
              ? (process.equals(Monitor.POSTGRES) ? "(PSS, sampled)" : "")
              : fmt(peak / 1024.0, 0));
      if (any || peak != null) {
        lines.add(line);
      }
    }
    int[] width = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      width[i] = header.get(i).length();
      for (List<String> line : lines) {
        width[i] = Math.max(width[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(line(header, width));
    out.append(separator(width, -1));
    lines.forEach(line -> out.append(line(line, width)));
    return out.toString();
  }

  /**
   * Where a process's memory is found: the fixture server lives in the bench JVM, whose memory is
   * shown once, on the bench-client line.
   */
  private static String rssKey(String process) {
    if (process.equals(Monitor.FIXTURE)) {
      return "(none)";
    }
    return process.equals(Monitor.BENCH) ? Monitor.BENCH + "+" + Monitor.FIXTURE : process;
  }

  private static String line(List<String> cells, int[] width) {
    StringBuilder out = new StringBuilder("|");
    for (int i = 0; i < cells.size(); i++) {
      String format = i == 0 ? " %-" + width[i] + "s |" : " %" + width[i] + "s |";
      out.append(String.format(format, cells.get(i)));
    }
    return out.append('\n').toString();
  }

  private static String separator(int[] width, int last) {
    StringBuilder out = new StringBuilder("|");
    for (int w : width) {
      out.append("-".repeat(w + 2)).append('|');
    }
    if (last > 0) {
      out.append("-".repeat(last + 2)).append('|');
    }
    return out.append('\n').toString();
  }

  void write(Path file, String table, String processTable) {
    json.put("table", table);
    json.put("process_table", processTable);
    List<Map<String, Object>> rowsJson = new ArrayList<>();
    for (Row row : allRows()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("scenario", row.scenario());
      entry.put("metric", row.metric());
      entry.put("value", row.value());
      entry.put("target", row.target().isEmpty() ? null : row.target());
      entry.put("met", row.met());
      rowsJson.add(entry);
    }
    json.put("rows", rowsJson);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- numbers

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  static String fmt(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** Nearest-rank percentile of {@code values} (any order), {@code p} in 0..100. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** p50, p90, p99, max and count of latencies in milliseconds, for the JSON. */
  static Map<String, Object> latencies(double[] millis) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", millis.length);
    out.put("p50_ms", round(percentile(millis, 50), 2));
    out.put("p90_ms", round(percentile(millis, 90), 2));
    out.put("p99_ms", round(percentile(millis, 99), 2));
    out.put("max_ms", round(percentile(millis, 100), 2));
    return out;
  }
}
