package io.scrapeline.local.launcher;

import io.scrapeline.local.FreePorts;
import io.scrapeline.local.JavaRuntime;
import io.scrapeline.local.KafkaBroker;
import io.scrapeline.local.PostgresServer;
import io.scrapeline.local.Processes;
import io.scrapeline.local.RunDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole stack on one machine: PostgreSQL, Kafka and the four services as processes, each with a
 * pid file and a log in one run directory. {@code up} is idempotent and repairs what a crash left
 * behind; {@code down} stops only what the pid files name.
 */
public final class LocalStack {

  static final String POSTGRES = "postgres";
  static final String KAFKA = "kafka";

  private final StackSettings settings;
  private final Map<String, String> env;
  private final RunDirectory run;
  private final Credentials credentials;
  private final PrintStream out;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * @param env the environment the stack is configured by; {@code ./scrapeline} passes its own.
   *     Services get it (they also inherit this JVM's) plus {@link #serviceEnvironment()}.
   */
  public LocalStack(StackSettings settings, Map<String, String> env, PrintStream out) {
    this.settings = settings;
    this.env = Map.copyOf(env);
    this.run = new RunDirectory(settings.runDirectory());
    this.credentials = Credentials.load(run, env);
    this.out = out;
  }

  /** Services in start order: the store first (the gateway needs it), the gateway last. */
  List<ServiceProcess> services() {
    return List.of(
        new ServiceProcess("result-store", settings.resultStorePort()),
        new ServiceProcess("scrape-worker", settings.scrapeWorkerPort()),
        new ServiceProcess("sitemap-worker", settings.sitemapWorkerPort()),
        new ServiceProcess("api-gateway", settings.gatewayPort()));
  }

  public void up() {
    startPostgres();
    startKafka();
    List<ServiceProcess> started = new ArrayList<>();
    for (ServiceProcess service : services()) {
      if (startService(service)) {
        started.add(service);
      }
    }
    awaitReady(services());
    out.println();
    out.println("Scrapeline is up.");
    out.println("  API:      http://127.0.0.1:" + settings.gatewayPort() + "/v1");
    out.println("  Swagger:  http://127.0.0.1:" + settings.gatewayPort() + "/q/swagger-ui");
    out.println("  API key:  " + credentials.displayKey());
    out.println("  Run dir:  " + run.root());
  }

  public void down() {
    List<ServiceProcess> reversed = new ArrayList<>(services());
    java.util.Collections.reverse(reversed);
    for (ServiceProcess service : reversed) {
      stop(service.name(), Duration.ofSeconds(30), false);
    }
    stop(KAFKA, Duration.ofSeconds(30), false);
    stop(POSTGRES, Duration.ofSeconds(30), true);
    out.println("Scrapeline is down.");
  }

  public void status() {
    out.printf("%-16s %-8s %-10s %s%n", "PROCESS", "PID", "STATE", "ADDRESS");
    printStatus(POSTGRES, settings.postgresPort(), Optional.empty());
    printStatus(KAFKA, settings.kafkaPort(), Optional.empty());
    for (ServiceProcess service : services()) {
      printStatus(service.name(), service.port(), Optional.of(service.readinessUrl()));
    }
  }

  public void logs(Optional<String> process, int lines) {
    List<String> names = new ArrayList<>(List.of(POSTGRES, KAFKA));
    services().forEach(service -> names.add(service.name()));
    if (process.isPresent() && !names.contains(process.get())) {
      throw new IllegalArgumentException(
          "unknown process '" + process.get() + "'; one of " + String.join(", ", names));
    }
    for (String name : process.map(List::of).orElse(names)) {
      Path log = run.logFile(name);
      out.println("==> " + log + " <==");
      if (Files.exists(log)) {
        tail(log, lines).forEach(out::println);
      }
    }
  }

  private void startPostgres() {
    if (runningPid(POSTGRES).isPresent()) {
      out.println("postgres        already running");
      return;
    }
    requireFreePort(POSTGRES, settings.postgresPort());
    out.println("postgres        starting on port " + settings.postgresPort());
    redirectSystemOutput(run.logFile(POSTGRES));
    PostgresServer postgres =
        new PostgresServer(run.dataDirectory(POSTGRES), settings.postgresPort()).start(false);
    long pid =
        postgres
            .postmasterPid()
            .orElseThrow(
                () -> new IllegalStateException("postgres started without postmaster.pid"));
    run.recordPid(POSTGRES, pid);
  }

  private void startKafka() {
    if (runningPid(KAFKA).isPresent()) {
      out.println("kafka           already running");
      return;
    }
    requireFreePort(KAFKA, settings.kafkaPort());
    requireFreePort(KAFKA + " controller", settings.kafkaControllerPort());
    out.println("kafka           starting on port " + settings.kafkaPort());
    System.setProperty("scrapeline.kafka.heap", settings.kafkaHeap());
    KafkaBroker broker =
        new KafkaBroker(
            run.dataDirectory(KAFKA),
            settings.kafkaPort(),
            settings.kafkaControllerPort(),
            run.logFile(KAFKA));
    Process process = broker.start(false);
    run.recordPid(KAFKA, process.pid());
    try {
      broker.awaitReady(process, Duration.ofSeconds(settings.readyTimeoutSeconds()));
    } catch (IllegalStateException e) {
      throw new StackFailure(e.getMessage(), run.logFile(KAFKA));
    }
  }

  private boolean startService(ServiceProcess service) {
    if (runningPid(service.name()).isPresent()) {
      out.printf("%-15s already running%n", service.name());
      return false;
    }
    launch(service, service.name());
    return true;
  }

  /**
   * Starts one more instance of a service next to the running stack (a second scrape worker, say)
   * on its own {@code port}, with the environment {@code up} gives that service, and waits until it
   * is ready. Its pid file and log are named {@code instance} in the run directory; {@code up},
   * {@code status} and {@code down} do not know it, so whoever starts it stops it (by that pid).
   *
   * @param service one of the four services, e.g. {@code scrape-worker}
   * @param instance a name of its own for the new process, e.g. {@code scrape-worker-2}
   * @return the pid of the new process
   * @throws IllegalArgumentException for an unknown service, or an instance name that is taken
   */
  public long startInstance(String service, String instance, int port) {
    ServiceProcess process = instance(service, instance, port);
    if (runningPid(instance).isPresent()) {
      throw new IllegalArgumentException(instance + " is already running");
    }
    long pid = launch(process, instance);
    awaitReady(List.of(new ServiceProcess(instance, port)));
    return pid;
  }

  /** {@code service} run on {@code port}; checks that {@code instance} names a new process. */
  ServiceProcess instance(String service, String instance, int port) {
    ServiceProcess known =
        services().stream()
            .filter(candidate -> candidate.name().equals(service))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown service '"
                            + service
                            + "'; one of "
                            + String.join(
                                ", ", services().stream().map(ServiceProcess::name).toList())));
    boolean stackProcess =
        instance.equals(POSTGRES)
            || instance.equals(KAFKA)
            || services().stream().anyMatch(candidate -> candidate.name().equals(instance));
    if (stackProcess || !instance.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "instance name '" + instance + "' must be new and made of a-z, 0-9 and '-'");
    }
    return new ServiceProcess(known.name(), port);
  }

  /**
   * Starts {@code service} as the process {@code processName} (pid file and log) in the background.
   */
  private long launch(ServiceProcess service, String processName) {
    Path jar = service.jar(settings.sourceTree());
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: run ./mvnw package -DskipTests first");
    }
    requireFreePort(processName, service.port());
    out.printf("%-15s starting on port %d%n", processName, service.port());
    try {
      Process process = serviceCommand(service, processName).start();
      run.recordPid(processName, process.pid());
      return process.pid();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + processName, e);
    }
  }

  /**
   * How {@code service} is run as the process {@code processName}: its fast-jar in a JVM of its
   * own, log appended to {@code logs/<processName>.log}, listening on {@code service.port()}.
   */
  ProcessBuilder serviceCommand(ServiceProcess service, String processName) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      // Its own session: a Ctrl-C in the terminal that ran `up` must not reach the services.
      command.add("/usr/bin/setsid");
    }
    command.addAll(
        List.of(
            JavaRuntime.javaExecutable(),
            "-Xmx" + settings.serviceHeap(),
            "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dscrapeline.process=" + processName,
            "-jar",
            service.jar(settings.sourceTree()).toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(run.logFile(processName).toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(env);
    builder.environment().putAll(serviceEnvironment());
    // The service listens where it is told; for the stack's own processes this is the same port.
    builder.environment().put(portVariable(service.name()), "" + service.port());
    return builder;
  }

  /**
   * {@code scrape-worker} → {@code SCRAPELINE_SCRAPE_WORKER_PORT}, as serviceEnvironment names
   * them.
   */
  static String portVariable(String service) {
    return "SCRAPELINE_" + service.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PORT";
  }

  /**
   * The settings every service gets: where Kafka and PostgreSQL are, the keys, the allow-list, and
   * the scrape worker's local politeness (see StackSettings).
   */
  Map<String, String> serviceEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", settings.bootstrapServers());
    env.put("SCRAPELINE_DB_URL", settings.jdbcUrl());
    env.put("SCRAPELINE_DB_USER", PostgresServer.USER);
    env.put("SCRAPELINE_API_GATEWAY_PORT", "" + settings.gatewayPort());
    env.put("SCRAPELINE_RESULT_STORE_PORT", "" + settings.resultStorePort());
    env.put("SCRAPELINE_SCRAPE_WORKER_PORT", "" + settings.scrapeWorkerPort());
    env.put("SCRAPELINE_SITEMAP_WORKER_PORT", "" + settings.sitemapWorkerPort());
    env.put("SCRAPELINE_RESULT_STORE_URL", "http://127.0.0.1:" + settings.resultStorePort());
    env.put("SCRAPELINE_ALLOWED_CIDRS", settings.allowedCidrs());
    env.put("SCRAPELINE_SCRAPE_WORKER_PER_HOST_MIN_DELAY", settings.perHostMinDelay());
    env.put("SCRAPELINE_SCRAPE_WORKER_PER_HOST_MAX_IN_FLIGHT", settings.perHostMaxInFlight());
    env.put("SCRAPELINE_API_KEYS", credentials.apiKeys());
    env.put("SCRAPELINE_INTERNAL_TOKEN", credentials.internalToken());
    return env;
  }

  private void awaitReady(List<ServiceProcess> services) {
    Instant deadline = Instant.now().plusSeconds(settings.readyTimeoutSeconds());
    List<ServiceProcess> waiting = new ArrayList<>(services);
    while (!waiting.isEmpty()) {
      for (ServiceProcess service : List.copyOf(waiting)) {
        if (runningPid(service.name()).isEmpty()) {
          throw new StackFailure(
              service.name() + " exited during start-up", run.logFile(service.name()));
        }
        if (isReady(service.readinessUrl())) {
          out.printf("%-15s ready%n", service.name());
          waiting.remove(service);
        }
      }
      if (Instant.now().isAfter(deadline) && !waiting.isEmpty()) {
        ServiceProcess late = waiting.get(0);
        throw new StackFailure(
            late.name() + " not ready after " + settings.readyTimeoutSeconds() + " s",
            run.logFile(late.name()));
      }
      sleep(250);
    }
  }

  private boolean isReady(String url) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The recorded pid if that process is alive; a stale pid file (crash, reboot) is removed. */
  Optional<Long> runningPid(String process) {
    Optional<Long> pid = run.recordedPid(process);
    if (pid.isPresent() && !Processes.isAlive(pid.get())) {
      run.forgetPid(process);
      return Optional.empty();
    }
    return pid;
  }

  private void stop(String process, Duration grace, boolean fastShutdownBySigint) {
    Optional<ProcessHandle> handle = runningPid(process).flatMap(ProcessHandle::of);
    if (handle.isEmpty()) {
      return;
    }
    out.printf("%-15s stopping (pid %d)%n", process, handle.get().pid());
    if (fastShutdownBySigint) {
      Processes.interrupt(handle.get(), grace);
    } else {
      Processes.stop(handle.get(), grace);
    }
    run.forgetPid(process);
  }

  private void printStatus(String process, int port, Optional<String> readinessUrl) {
    Optional<Long> pid = runningPid(process);
    String state =
        pid.isEmpty()
            ? "stopped"
            : readinessUrl.map(url -> isReady(url) ? "ready" : "starting").orElse("running");
    out.printf(
        "%-16s %-8s %-10s 127.0.0.1:%d%n",
        process, pid.map(String::valueOf).orElse("-"), state, port);
  }

  private void requireFreePort(String process, int port) {
    if (FreePorts.isListening(port)) {
      throw new IllegalStateException(
          "port "
              + port
              + " (for "
              + process
              + ") is taken by a process this stack did not start; stop it or choose another port");
    }
  }

  /** zonky logs through slf4j-simple to stderr; keep the terminal for our own lines. */
  private static void redirectSystemOutput(Path log) {
    try {
      System.setErr(
          new PrintStream(
              Files.newOutputStream(
                  log,
                  java.nio.file.StandardOpenOption.CREATE,
                  java.nio.file.StandardOpenOption.APPEND),
              true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> tail(Path file, int lines) {
    try (var stream = Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      java.util.ArrayDeque<String> last = new java.util.ArrayDeque<>(lines);
      stream.forEach(
          line -> {
            if (last.size() == lines) {
              last.removeFirst();
            }
            last.addLast(line);
          });
      return List.copyOf(last);
    } catch (IOException e) {
      return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A process that did not come up, with the log to show. */
  public static final class StackFailure extends RuntimeException {
    private final Path log;

    StackFailure(String message, Path log) {
      super(message);
      this.log = log;
    }

    public Path log() {
      return log;
    }
  }
}
