package io.scrapeline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the running JVM and the launcher's classpath are, to start sibling JVMs (the broker) from
 * them.
 */
public final class JavaRuntime {

  private JavaRuntime() {}

  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * This module's classes plus the classpath Maven wrote to {@code target/launcher.classpath},
   * which includes the broker jars that never reach a service's own classpath.
   */
  public static String launcherClasspath() {
    Path moduleTarget = moduleTarget();
    try {
      String dependencies = Files.readString(moduleTarget.resolve("launcher.classpath")).trim();
      return moduleTarget.resolve("classes") + java.io.File.pathSeparator + dependencies;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "missing " + moduleTarget.resolve("launcher.classpath") + ": build deploy/local first",
          e);
    }
  }

  /**
   * {@code deploy/local/target}, found from where this class was loaded (its classes folder or its
   * jar).
   */
  static Path moduleTarget() {
    try {
      Path location =
          Path.of(JavaRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = location.getParent();
      if (Files.exists(target.resolve("launcher.classpath"))) {
        return target;
      }
      return locateFromRepository(location);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Loaded from a jar in the local Maven repository: find the source tree from the working
   * directory up.
   */
  private static Path locateFromRepository(Path location) {
    String configured = System.getProperty("scrapeline.home", System.getenv("SCRAPELINE_HOME"));
    if (configured != null) {
      return Path.of(configured, "deploy", "local", "target");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("deploy").resolve("local").resolve("target");
      if (Files.exists(candidate.resolve("launcher.classpath"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "deploy-local was loaded from "
            + location
            + " and no deploy/local/target was found above the working directory; set SCRAPELINE_HOME");
  }
}
