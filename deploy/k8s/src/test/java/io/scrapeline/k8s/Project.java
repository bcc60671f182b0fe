package io.scrapeline.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where things are, relative to this module's directory (deploy/k8s). */
final class Project {

  /** The four services, each a top-level module of the repository. */
  static final List<String> SERVICES =
      List.of("api-gateway", "result-store", "scrape-worker", "sitemap-worker");

  /** The services that consume requests from Kafka and shut down with a 60 s budget. */
  static final List<String> WORKERS = List.of("scrape-worker", "sitemap-worker");

  private Project() {}

  /** This module: deploy/k8s. */
  static Path moduleDir() {
    String configured = System.getProperty("scrapeline.k8s.dir");
    return Path.of(configured != null ? configured : "").toAbsolutePath().normalize();
  }

  /** The repository root (../.. from this module). */
  static Path repository() {
    return moduleDir().resolve("../..").normalize();
  }

  static Path overlay(String name) {
    return moduleDir().resolve("overlays").resolve(name);
  }

  static Path service(String name) {
    return repository().resolve(name);
  }

  static Path operationsGuide() {
    return repository().resolve("docs/operations.md");
  }

  /** The shared design documents live beside the repository (../shared/ARCHITECTURE.md). */
  static Path architecture() {
    Path path = repository().resolve("../shared/ARCHITECTURE.md").normalize();
    if (!Files.isRegularFile(path)) {
      throw new AssertionError(
          "ARCHITECTURE.md not found at "
              + path
              + ": the tests check that every topic it lists has a KafkaTopic, so shared/ must sit"
              + " beside the repository");
    }
    return path;
  }

  static boolean isWorker(String service) {
    return WORKERS.contains(service);
  }
}
