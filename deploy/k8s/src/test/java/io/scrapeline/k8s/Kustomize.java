package io.scrapeline.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Renders an overlay with {@code kubectl kustomize}, once per overlay and test run. */
final class Kustomize {

  private static final long TIMEOUT_SECONDS = 120;
  private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

  private Kustomize() {}

  /** The resources of {@code overlays/<overlay>} as kubectl would apply them. */
  static Manifests render(String overlay) {
    return RENDERED.computeIfAbsent(overlay, name -> parse(run(Project.overlay(name))));
  }

  private static String run(Path overlay) {
    Process process;
    try {
      process =
          new ProcessBuilder("kubectl", "kustomize", overlay.toString())
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
    } catch (IOException e) {
      throw new AssertionError(
          "kubectl is needed to render the Kubernetes overlays but could not be started ("
              + e.getMessage()
              + "). Install kubectl (it bundles kustomize) and put it on the PATH.",
          e);
    }
    try {
      process.getOutputStream().close();
      CompletableFuture<String> stdout = readAsync(process.getInputStream());
      CompletableFuture<String> stderr = readAsync(process.getErrorStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "kubectl kustomize " + overlay + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "kubectl kustomize "
                + overlay
                + " failed with exit code "
                + process.exitValue()
                + ":\n"
                + stderr.join());
      }
      return stdout.join();
    } catch (IOException e) {
      throw new AssertionError("cannot talk to kubectl: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while rendering " + overlay, e);
    }
  }

  private static CompletableFuture<String> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @SuppressWarnings("unchecked")
  static Manifests parse(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    Yaml parser = new Yaml(new SafeConstructor(options));
    List<Resource> resources = new ArrayList<>();
    for (Object document : parser.loadAll(yaml)) {
      if (document != null) {
        resources.add(new Resource((Map<String, Object>) document));
      }
    }
    return new Manifests(List.copyOf(resources));
  }
}
