package io.scrapeline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One folder holding every pid file, log and data directory of a stack, so that nothing is
 * scattered.
 */
public record RunDirectory(Path root) {

  public RunDirectory {
    root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(root.resolve("pids"));
      Files.createDirectories(root.resolve("logs"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create run directory " + root, e);
    }
  }

  public Path pidFile(String process) {
    return root.resolve("pids").resolve(process + ".pid");
  }

  public Path logFile(String process) {
    return root.resolve("logs").resolve(process + ".log");
  }

  public Path dataDirectory(String process) {
    return root.resolve("data").resolve(process);
  }

  /** The pid recorded for a process, if its file exists and holds a number. */
  public Optional<Long> recordedPid(String process) {
    Path file = pidFile(process);
    try {
      return Files.exists(file)
          ? Optional.of(Long.parseLong(Files.readString(file).trim()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public void recordPid(String process, long pid) {
    try {
      Files.writeString(pidFile(process), pid + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void forgetPid(String process) {
    try {
      Files.deleteIfExists(pidFile(process));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
