package io.scrapeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads what Linux's /proc knows about a process: CPU ticks and resident memory. */
final class Proc {

  private Proc() {}

  /** Clock ticks per second of /proc/[pid]/stat (getconf CLK_TCK, passed by run.sh). */
  static final long CLK_TCK = Long.getLong("bench.clkTck", 100);

  /** utime + stime of the process (all its threads), in seconds; empty when it is gone. */
  static Optional<Double> cpuSeconds(long pid) {
    return stat(pid).map(fields -> (fields[11] + fields[12]) / (double) CLK_TCK);
  }

  /** cutime + cstime: CPU of children the process has waited for, in seconds. */
  static Optional<Double> childCpuSeconds(long pid) {
    return stat(pid).map(fields -> (fields[13] + fields[14]) / (double) CLK_TCK);
  }

  /**
   * The numeric fields of /proc/[pid]/stat after the command name: index 0 is field 3 (state, read
   * as 0), so utime (field 14) is index 11.
   */
  private static Optional<long[]> stat(long pid) {
    try {
      String line = Files.readString(Path.of("/proc", "" + pid, "stat"));
      String[] parts = line.substring(line.lastIndexOf(')') + 2).split(" ");
      // Only up to cstime: later fields (rsslim) can exceed a signed long.
      long[] fields = new long[15];
      for (int i = 1; i < fields.length; i++) {
        fields[i] = Long.parseLong(parts[i].trim());
      }
      return Optional.of(fields);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A field of /proc/[pid]/status in kB (VmRSS, VmHWM); empty when the process is gone. */
  static Optional<Long> statusKb(long pid, String field) {
    return fieldKb(Path.of("/proc", "" + pid, "status"), field);
  }

  /**
   * Proportional set size in kB (shared pages divided among the processes sharing them): the fair
   * way to add up PostgreSQL's processes, which share their buffers.
   */
  static Optional<Long> pssKb(long pid) {
    return fieldKb(Path.of("/proc", "" + pid, "smaps_rollup"), "Pss");
  }

  private static Optional<Long> fieldKb(Path file, String field) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines) {
        if (line.startsWith(field + ":")) {
          String value = line.substring(field.length() + 1).trim();
          return Optional.of(Long.parseLong(value.split("\\s+")[0]));
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Busy and total jiffies of the whole machine (first line of /proc/stat). */
  static long[] machineTicks() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] parts = line.trim().split("\\s+");
      long user = Long.parseLong(parts[1]);
      long nice = Long.parseLong(parts[2]);
      long system = Long.parseLong(parts[3]);
      long idle = Long.parseLong(parts[4]);
      long iowait = Long.parseLong(parts[5]);
      long irq = Long.parseLong(parts[6]);
      long softirq = Long.parseLong(parts[7]);
      long steal = parts.length > 8 ? Long.parseLong(parts[8]) : 0;
      long busy = user + nice + system + irq + softirq + steal;
      return new long[] {busy, busy + idle + iowait};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** The 1-minute load average. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
