package io.scrapeline.local.launcher;

import io.scrapeline.local.cli.ScrapeCommand;
import io.scrapeline.local.cli.ScrapeOptionsParser;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code ./scrapeline COMMAND}: the entry point behind the launcher script. */
public final class ScrapelineCommand {

  private static final String USAGE =
      """
      usage: ./scrapeline COMMAND
        up                 start PostgreSQL, Kafka and the four services; wait until all are ready
        down               stop everything `up` started
        status             show each process and whether it is ready
        logs [PROCESS]     print the last lines of one process's log, or of all
        scrape FILE|- ...  scrape the URLs in FILE (or stdin) through the API; JSON lines on stdout
                           (./scrapeline scrape --help for its options)
      """;

  private ScrapelineCommand() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0) {
      System.err.print(USAGE);
      return 2;
    }
    Map<String, String> env = System.getenv();
    Path sourceTree =
        Path.of(env.getOrDefault("SCRAPELINE_HOME", ".")).toAbsolutePath().normalize();
    try {
      StackSettings settings = StackSettings.fromEnvironment(sourceTree, env);
      String[] rest = Arrays.copyOfRange(args, 1, args.length);
      switch (args[0]) {
        case "up" -> stack(settings, env).up();
        case "down" -> stack(settings, env).down();
        case "status" -> stack(settings, env).status();
        case "logs" ->
            stack(settings, env)
                .logs(rest.length > 0 ? Optional.of(rest[0]) : Optional.empty(), 100);
        case "scrape" -> {
          return ScrapeCommand.system()
              .run(
                  List.of(rest),
                  ScrapeOptionsParser.Defaults.localStack(
                      settings.gatewayPort(),
                      env,
                      () -> Credentials.storedApiKey(settings.runDirectory())));
        }
        default -> {
          System.err.print(USAGE);
          return 2;
        }
      }
      return 0;
    } catch (LocalStack.StackFailure e) {
      System.out.println();
      System.out.println("error: " + e.getMessage() + " — last lines of " + e.log() + ":");
      LocalStack.tail(e.log(), 40).forEach(line -> System.out.println("  " + line));
      return 1;
    } catch (RuntimeException e) {
      System.out.println("error: " + e.getMessage());
      return 1;
    }
  }

  /** Created only for the commands that manage the stack: it sets up the run directory and key. */
  private static LocalStack stack(StackSettings settings, Map<String, String> env) {
    return new LocalStack(settings, env, System.out);
  }
}
