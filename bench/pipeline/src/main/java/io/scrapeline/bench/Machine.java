package io.scrapeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine and the source tree a run measured. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("cpu", cpuModel());
    out.put("memory_mb", memTotalKb() / 1024);
    out.put(
        "java",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vm.vendor")
            + ")");
    out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    out.put("load_average_1m_at_start", Proc.loadAverage());
    String javaVersion = System.getProperty("bench.javaVersion");
    if (javaVersion != null && !javaVersion.isBlank()) {
      out.put("java_version_output", javaVersion);
    }
    return out;
  }

  /**
   * The commit checked out in {@code tree}, read from .git (HEAD and the ref it names, loose or
   * packed) without running git; uncommitted changes are not visible this way.
   */
  static String commit(Path tree) {
    Path git = tree.resolve(".git");
    try {
      String head = Files.readString(git.resolve("HEAD")).trim();
      if (!head.startsWith("ref: ")) {
        return head;
      }
      String ref = head.substring(5);
      Path loose = git.resolve(ref);
      if (Files.exists(loose)) {
        return Files.readString(loose).trim() + " (" + ref + ")";
      }
      Path packed = git.resolve("packed-refs");
      if (Files.exists(packed)) {
        for (String line : Files.readAllLines(packed)) {
          if (line.endsWith(" " + ref)) {
            return line.substring(0, line.indexOf(' ')) + " (" + ref + ")";
          }
        }
      }
      return "unknown (" + ref + ")";
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      for (String line : lines) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }

  private static long memTotalKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
