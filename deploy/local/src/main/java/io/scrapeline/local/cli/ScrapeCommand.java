package io.scrapeline.local.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scrapeline.local.cli.ScrapeOptionsParser.Defaults;
import io.scrapeline.local.cli.ScrapeOptionsParser.Help;
import io.scrapeline.local.cli.ScrapeOptionsParser.Invocation;
import io.scrapeline.local.cli.ScrapeOptionsParser.Scrape;
import io.scrapeline.local.cli.ScrapeOptionsParser.UsageException;
import java.io.BufferedWriter;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code ./scrapeline scrape FILE|- [OPTIONS]}: submits the URLs as batches of at most {@link
 * #MAX_BATCH}, one after the other, and writes each batch's results as JSON lines in input order as
 * soon as they are ready, with progress on stderr.
 */
public final class ScrapeCommand {

  /** The API's default {@code max_urls}; more URLs are split into several batches. */
  static final int MAX_BATCH = 10_000;

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE_ERROR = 2;
  public static final int CANCELLED = 3;
  public static final int INTERRUPTED = 130;

  private static final int MAX_INVALID_WARNINGS = 20;

  /**
   * Where the command reads and writes.
   *
   * @param console reads a line from the terminal; present only when there is one (then progress is
   *     redrawn in place and Ctrl-C asks before cancelling)
   */
  public record Io(
      InputStream in, PrintStream out, PrintStream err, Optional<Supplier<String>> console) {

    public static Io system() {
      Console console = System.console();
      return new Io(
          System.in,
          System.out,
          System.err,
          Optional.ofNullable(console).map(terminal -> terminal::readLine));
    }
  }

  private final Io io;
  private final Consumer<Runnable> onShutdown;
  private final LongSupplier nanoClock;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param onShutdown installs what Ctrl-C must do ({@link CancelOnInterrupt})
   * @param nanoClock elapsed time, for rates, ETA and the summary
   */
  public ScrapeCommand(Io io, Consumer<Runnable> onShutdown, LongSupplier nanoClock) {
    this.io = io;
    this.onShutdown = onShutdown;
    this.nanoClock = nanoClock;
  }

  /** The command as the launcher runs it: the process's streams, a JVM shutdown hook. */
  public static ScrapeCommand system() {
    return new ScrapeCommand(
        Io.system(),
        hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "scrape-cancel")),
        System::nanoTime);
  }

  /** Runs the command to its end; the result is the process's exit code. */
  public int run(List<String> args, Defaults defaults) {
    ScrapeOptions options;
    try {
      Invocation invocation = ScrapeOptionsParser.parse(args, defaults);
      if (invocation instanceof Help) {
        io.out().print(ScrapeOptionsParser.USAGE);
        return OK;
      }
      options = ((Scrape) invocation).options();
    } catch (UsageException e) {
      io.err().println("error: " + e.getMessage());
      io.err().print(ScrapeOptionsParser.USAGE);
      return USAGE_ERROR;
    }
    if (options.apiKey().isEmpty()) {
      io.err()
          .println(
              "error: no API key: pass --api-key KEY, set SCRAPELINE_API_KEY,"
                  + " or start the local stack with ./scrapeline up");
      return FAILED;
    }
    Optional<List<String>> urls = readUrls(options);
    return urls.isPresent() ? scrapeInto(urls.get(), options) : USAGE_ERROR;
  }

  /** The input's URLs; empty (after saying why) when there are none or the input is unreadable. */
  private Optional<List<String>> readUrls(ScrapeOptions options) {
    List<String> urls;
    try (Reader input = input(options)) {
      urls = UrlList.read(input);
    } catch (IOException e) {
      io.err().println("error: cannot read " + options.input() + ": " + e.getMessage());
      return Optional.empty();
    }
    if (urls.isEmpty()) {
      io.err().println("error: no URLs in " + (options.readsStdin() ? "stdin" : options.input()));
      return Optional.empty();
    }
    return Optional.of(urls);
  }

  private int scrapeInto(List<String> urls, ScrapeOptions options) {
    Writer output;
    try {
      output = output(options);
    } catch (IOException e) {
      io.err()
          .println(
              "error: cannot write "
                  + options.output().orElseThrow()
                  + " ("
                  + e.getClass().getSimpleName()
                  + ")");
      return FAILED;
    }
    try {
      return scrape(urls, options, output);
    } catch (GatewayException e) {
      io.err().println("error: " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      io.err().println("error: cannot write the results: " + e.getMessage());
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return INTERRUPTED;
    } finally {
      close(output, options);
    }
  }

  private int scrape(List<String> urls, ScrapeOptions options, Writer output)
      throws IOException, InterruptedException {
    GatewayClient client =
        new GatewayClient(options.apiUrl(), options.apiKey().orElseThrow(), mapper);
    ProgressBar progress = new ProgressBar(io.err(), io.console().isPresent(), nanoClock);
    CancelOnInterrupt cancel =
        new CancelOnInterrupt(client, io.err(), io.console(), () -> quiet(progress, output));
    onShutdown.accept(cancel);
    BatchWatcher watcher = new BatchWatcher(client, progress, options.pollInterval(), nanoClock);
    Totals totals = Totals.NONE;
    try {
      for (int offset = 0; offset < urls.size(); offset += MAX_BATCH) {
        List<String> chunk = urls.subList(offset, Math.min(urls.size(), offset + MAX_BATCH));
        Submission batch = client.submit(chunk, options);
        announce(progress, batch, offset, urls.size());
        Totals before = totals;
        long later = urls.size() - offset - chunk.size();
        OrderedJsonlWriter writer = new OrderedJsonlWriter(output, mapper, offset);
        StatusPage last =
            follow(batch, watcher, writer, output, page -> before.with(page, later), cancel);
        totals = totals.plus(last, batch.invalidUrls().size());
        warnIfIncomplete(progress, batch, last, writer);
        if (!last.status().equals("completed")) {
          progress.stop();
          return ended(batch, last, totals, progress);
        }
      }
    } finally {
      progress.stop();
    }
    io.err().println("done: " + totals.summary(progress.elapsed()));
    return OK;
  }

  /** Watches the batch until it ends; Ctrl-C cancels it only while it is watched. */
  private static StatusPage follow(
      Submission batch,
      BatchWatcher watcher,
      OrderedJsonlWriter writer,
      Writer output,
      Function<StatusPage, ProgressBar.Counts> overall,
      CancelOnInterrupt cancel)
      throws IOException, InterruptedException {
    cancel.watching(batch.id());
    try {
      return watcher.watch(batch.id(), writer, output, overall);
    } catch (GatewayException e) {
      throw e.whileFollowing(batch.id());
    } finally {
      cancel.finished();
    }
  }

  private void announce(ProgressBar progress, Submission batch, int offset, int urls) {
    int batches = (urls + MAX_BATCH - 1) / MAX_BATCH;
    String which =
        batches == 1 ? "batch " : "batch " + (offset / MAX_BATCH + 1) + "/" + batches + " ";
    progress.println(which + batch.id() + ": " + batch.total() + " URLs queued");
    List<String> invalid = batch.invalidUrls();
    invalid.stream()
        .limit(MAX_INVALID_WARNINGS)
        .forEach(url -> progress.println("warning: invalid URL skipped: " + url));
    if (invalid.size() > MAX_INVALID_WARNINGS) {
      progress.println(
          "warning: ... and " + (invalid.size() - MAX_INVALID_WARNINGS) + " more invalid URLs");
    }
  }

  /** A batch that ended with items still listed as pending: only a batch that failed does. */
  private static void warnIfIncomplete(
      ProgressBar progress, Submission batch, StatusPage last, OrderedJsonlWriter writer) {
    if (writer.next() < last.total() && !last.status().equals("failed")) {
      progress.println(
          "warning: "
              + (last.total() - writer.next())
              + " results of batch "
              + batch.id()
              + " could not be read");
    }
  }

  /** A batch that ended otherwise than completed: later batches are not submitted. */
  private int ended(Submission batch, StatusPage last, Totals totals, ProgressBar progress) {
    if (last.status().equals("cancelled")) {
      io.err()
          .println("batch " + batch.id() + " was cancelled: " + totals.summary(progress.elapsed()));
      return CANCELLED;
    }
    io.err()
        .println(
            "error: batch "
                + batch.id()
                + " ended "
                + last.status()
                + " on the server: "
                + totals.summary(progress.elapsed()));
    return FAILED;
  }

  private Reader input(ScrapeOptions options) throws IOException {
    return options.readsStdin()
        ? new InputStreamReader(io.in(), StandardCharsets.UTF_8)
        : Files.newBufferedReader(Path.of(options.input()), StandardCharsets.UTF_8);
  }

  private Writer output(ScrapeOptions options) throws IOException {
    return options.output().isPresent()
        ? Files.newBufferedWriter(options.output().get(), StandardCharsets.UTF_8)
        : new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
  }

  /** A file is closed; stdout is only flushed, it belongs to the process. */
  private void close(Writer output, ScrapeOptions options) {
    try {
      if (options.output().isPresent()) {
        output.close();
      } else {
        output.flush();
      }
    } catch (IOException e) {
      io.err().println("error: cannot write the results: " + e.getMessage());
    }
  }

  private static void quiet(ProgressBar progress, Writer output) {
    progress.stop();
    try {
      output.flush();
    } catch (IOException e) {
      // the process is stopping; what could be written was written
    }
  }
}
