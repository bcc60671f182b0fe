package io.scrapeline.bench;

import io.scrapeline.fetch.FetchSettings;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.url.UrlValidation;
import io.scrapeline.scrapeworker.extract.ExtractedPage;
import io.scrapeline.scrapeworker.extract.ExtractionException;
import io.scrapeline.scrapeworker.extract.MarkdownConverter;
import io.scrapeline.scrapeworker.extract.PageExtractor;
import io.scrapeline.scrapeworker.extract.PageSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * The scrape worker's own fetcher and extractor, called directly: shared-fetch's {@link
 * PoliteFetcher} (robots.txt, per-host politeness, address policy, redirects, retries) built the
 * way scrape-worker's WorkerBeans builds it, and the worker's {@link PageExtractor} with its
 * default budgets (WorkerBeans gives the converter the shorter of extraction-timeout, PT2S, and
 * conversion-timeout, PT10S). The settings the benchmark gives the worker through the environment
 * (max in flight, per-host politeness, allowed CIDRs, robots) are applied here too.
 */
final class WorkerCode implements PageWork {

  private static final Duration EXTRACTION_BUDGET = Duration.ofSeconds(2);

  private final PoliteFetcher fetcher;
  private final MarkdownConverter markdown;
  private final PageExtractor extractor;
  private final ScrapeOptions options = ScrapeOptions.defaults();

  /**
   * @param threads the threads that will call {@link #scrape} (the worker's max-in-flight)
   * @param workerEnv the SCRAPELINE_* settings the worker gets
   */
  WorkerCode(int threads, Map<String, String> workerEnv) {
    FetchSettings.Builder settings = FetchSettings.builder().maxInFlight(threads);
    String prefix = "SCRAPELINE_SCRAPE_WORKER_";
    String cidrs = workerEnv.getOrDefault("SCRAPELINE_ALLOWED_CIDRS", "127.0.0.0/8,::1/128");
    settings.allowedCidrs(Arrays.stream(cidrs.split(",")).map(String::trim).toList());
    if (workerEnv.containsKey(prefix + "PER_HOST_MAX_IN_FLIGHT")) {
      settings.perHostMaxInFlight(
          Integer.parseInt(workerEnv.get(prefix + "PER_HOST_MAX_IN_FLIGHT")));
    }
    if (workerEnv.containsKey(prefix + "PER_HOST_MIN_DELAY")) {
      settings.perHostMinDelay(Duration.parse(workerEnv.get(prefix + "PER_HOST_MIN_DELAY")));
    }
    if (workerEnv.containsKey(prefix + "IGNORE_ROBOTS")) {
      settings.ignoreRobots(Boolean.parseBoolean(workerEnv.get(prefix + "IGNORE_ROBOTS")));
    }
    fetcher = PoliteFetcher.create(settings.build());
    markdown = new MarkdownConverter(threads, EXTRACTION_BUDGET);
    extractor = new PageExtractor(markdown);
  }

  /** The worker classes this adapter calls, for the report. */
  static String describe() {
    return PoliteFetcher.class.getName()
        + " + "
        + PageExtractor.class.getName()
        + " ("
        + MarkdownConverter.class.getSimpleName()
        + ")";
  }

  @Override
  public int fetchOnly(String url) throws InterruptedException {
    FetchOutcome fetched = fetch(url);
    return fetched.succeeded() ? fetched.body().length : -1;
  }

  private FetchOutcome fetch(String url) throws InterruptedException {
    return fetcher.fetch(
        new FetchRequest(
            UrlValidation.asciiUri(url),
            options.headers(),
            Duration.ofMillis(options.timeoutMs()),
            options.maxRetries()));
  }

  @Override
  public Outcome scrape(String url) throws InterruptedException {
    FetchOutcome fetched = fetch(url);
    if (!fetched.succeeded()) {
      return new Outcome(0, fetched.error().code().code(), false);
    }
    try {
      ExtractedPage page =
          extractor.extract(
              new PageSource(
                  fetched.body(),
                  fetched.contentType(),
                  fetched.contentLanguage(),
                  fetched.finalUrl()),
              options);
      String md = page.data().markdown();
      return new Outcome(md == null ? 0 : md.length(), null, page.facts().degraded());
    } catch (ExtractionException e) {
      return new Outcome(0, e.code().code(), false);
    }
  }

  @Override
  public void close() {
    fetcher.close();
    markdown.close();
  }
}
