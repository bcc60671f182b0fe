package io.scrapeline.local.launcher;

import java.nio.file.Path;

/**
 * One of the four Quarkus services as the launcher runs it: from its module's fast-jar, on its
 * port.
 */
public record ServiceProcess(String name, int port) {

  public Path jar(Path sourceTree) {
    return sourceTree
        .resolve(name)
        .resolve("target")
        .resolve("quarkus-app")
        .resolve("quarkus-run.jar");
  }

  public String readinessUrl() {
    return "http://127.0.0.1:" + port + "/q/health/ready";
  }
}
