package io.scrapeline.system.support;

import io.scrapeline.local.FreePorts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole stack started by {@code ./scrapeline up} on free ports, once for all system tests that
 * need it, with two tenants' keys; stopped by {@code ./scrapeline down} when the test run ends.
 */
public final class RunningStack implements ExtensionContext.Store.CloseableResource {

  public static final String KEY_A = "key-tenant-a";
  public static final String KEY_B = "key-tenant-b";
  public static final int MAX_URLS = 6000;

  /** 127.0.0.2 to 127.0.0.63: every fixture host, but not 127.0.0.1. */
  public static final String ALLOWED_CIDRS =
      "127.0.0.2/31,127.0.0.4/30,127.0.0.8/29,127.0.0.16/28,127.0.0.32/27";

  private final Map<String, String> env = new HashMap<>();
  private final int gatewayPort = FreePorts.pick();

  private RunningStack() {}

  /** The stack of this test run, started on first use. */
  public static RunningStack get(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(RunningStack.class, key -> start(), RunningStack.class);
  }

  private static RunningStack start() {
    RunningStack stack = new RunningStack();
    Path runDirectory = Path.of("target", "pipeline-run").toAbsolutePath();
    stack.env.put("SCRAPELINE_RUN_DIR", runDirectory.toString());
    stack.scrapeline("down");
    Launcher.clearRunDirectory(runDirectory);
    stack.env.put("SCRAPELINE_API_GATEWAY_PORT", "" + stack.gatewayPort);
    for (String port :
        List.of(
            "RESULT_STORE",
            "SCRAPE_WORKER",
            "SITEMAP_WORKER",
            "KAFKA",
            "KAFKA_CONTROLLER",
            "POSTGRES")) {
      stack.env.put("SCRAPELINE_" + port + "_PORT", "" + FreePorts.pick());
    }
    stack.env.put("SCRAPELINE_API_KEYS", "tenant-a:" + KEY_A + ",tenant-b:" + KEY_B);
    stack.env.put("SCRAPELINE_MAX_URLS_PER_BATCH", "" + MAX_URLS);
    // No margin beyond timeout_ms before a single scrape answers 504 (production: PT10S), so that
    // a test can reach the 504 without waiting for it.
    stack.env.put("SCRAPELINE_GATEWAY_SINGLE_SCRAPE_MARGIN", "PT0S");
    // Fixture hosts are 127.0.0.2 and up; 127.0.0.1 (where the stack itself listens) stays
    // forbidden, so the security suite can show SSRF vectors aimed at it being refused.
    stack.env.put("SCRAPELINE_ALLOWED_CIDRS", ALLOWED_CIDRS);
    String output = stack.scrapeline("up");
    if (!output.contains("Scrapeline is up.")) {
      stack.scrapeline("down");
      throw new IllegalStateException("./scrapeline up failed:\n" + output);
    }
    return stack;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + gatewayPort;
  }

  /** Readiness URLs of the four services. */
  public List<String> readinessUrls() {
    return List.of("API_GATEWAY", "RESULT_STORE", "SCRAPE_WORKER", "SITEMAP_WORKER").stream()
        .map(
            name ->
                "http://127.0.0.1:" + env.get("SCRAPELINE_" + name + "_PORT") + "/q/health/ready")
        .toList();
  }

  @Override
  public void close() {
    scrapeline("down");
  }

  private String scrapeline(String command) {
    return Launcher.run(env, command);
  }
}
