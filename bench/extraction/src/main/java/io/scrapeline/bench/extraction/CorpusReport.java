package io.scrapeline.bench.extraction;

import io.scrapeline.model.Format;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.scrapeworker.extract.ExtractedPage;
import io.scrapeline.scrapeworker.extract.MarkdownConverter;
import io.scrapeline.scrapeworker.extract.PageExtractor;
import io.scrapeline.scrapeworker.extract.quality.MarkdownText;
import io.scrapeline.scrapeworker.extract.quality.TokenF1;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures the JMH run does not give: mean token F1 over the corpus and, after warming up, each
 * page's slowest extraction and pages and MB per CPU-second, in CPU time of the extracting thread,
 * so that other work on a shared machine (and the JIT compiler's warm-up) does not count. Garbage
 * collection runs on other threads and is not counted either: the JMH run includes it.
 */
public final class CorpusReport {

  private static final ScrapeOptions OPTIONS =
      new ScrapeOptions(
          List.of(Format.MARKDOWN, Format.LINKS), true, List.of(), List.of(), Map.of(), 30_000, 0);

  private CorpusReport() {}

  public static void main(String[] args) throws Exception {
    List<Corpus> pages = Corpus.load(Corpus.directory());
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    try (MarkdownConverter converter = new MarkdownConverter(1, Duration.ofSeconds(30))) {
      PageExtractor extractor = new PageExtractor(converter);
      double sumF1 = 0;
      double minF1 = 1;
      String minPage = "";
      for (Corpus page : pages) {
        ExtractedPage extracted = extractor.extract(page.source(), OPTIONS);
        double f1 = TokenF1.of(MarkdownText.of(extracted.data().markdown()), page.reference()).f1();
        sumF1 += f1;
        if (f1 < minF1) {
          minF1 = f1;
          minPage = page.name();
        }
      }
      long[] slowest = new long[pages.size()];
      long cpu = 0;
      long bytes = 0;
      int measured = 0;
      long gcBefore = 0;
      for (int round = 0; round < rounds; round++) {
        if (round == rounds / 2) {
          gcBefore = gcMillis();
        }
        for (int i = 0; i < pages.size(); i++) {
          Corpus page = pages.get(i);
          long started = extractionCpuTime();
          extractor.extract(page.source(), OPTIONS);
          long took = extractionCpuTime() - started;
          if (round >= rounds / 2) {
            slowest[i] = Math.max(slowest[i], took);
            cpu += took;
            bytes += page.source().body().length;
            measured++;
          }
        }
      }
      int worst = 0;
      for (int i = 1; i < slowest.length; i++) {
        if (slowest[i] > slowest[worst]) {
          worst = i;
        }
      }
      double seconds = cpu / 1e9;
      double gcPerPage = (double) (gcMillis() - gcBefore) / measured;
      System.out.printf(
          Locale.ROOT,
          "corpus: %d pages, %.0f KB mean%n"
              + "mean token F1 %.3f (lowest %.3f, %s)%n"
              + "extraction thread CPU time: %.0f pages/s, %.1f MB/s per core%n"
              + "slowest page: %s at %.1f ms CPU%n"
              + "garbage collection besides: %.2f ms of pauses per page%n",
          pages.size(),
          Corpus.meanBytes(pages) / 1024,
          sumF1 / pages.size(),
          minF1,
          minPage,
          measured / seconds,
          bytes / seconds / 1e6,
          pages.get(worst).name(),
          slowest[worst] / 1e6,
          gcPerPage);
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  /**
   * CPU time of the extractor's threads (the extraction runs there, not on the caller), in
   * nanoseconds: the work itself, without the JIT compiler, the collector or other processes.
   */
  private static long extractionCpuTime() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("extraction-")) {
        total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
      }
    }
    return total;
  }
}
