package io.scrapeline.bench.extraction;

import io.scrapeline.model.Format;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.scrapeworker.extract.ExtractedPage;
import io.scrapeline.scrapeworker.extract.MarkdownConverter;
import io.scrapeline.scrapeworker.extract.PageExtractor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction alone, as the worker runs it for {@code formats: [markdown, links]} with
 * only_main_content: parse, main content, Markdown, links. One operation is one page; the pages of
 * the corpus take turns, so ops/s is pages/s on one calling thread (the extraction itself runs on
 * the extractor's bounded thread, as in the worker).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {

  private static final ScrapeOptions OPTIONS =
      new ScrapeOptions(
          List.of(Format.MARKDOWN, Format.LINKS), true, List.of(), List.of(), Map.of(), 30_000, 0);

  private List<Corpus> pages;
  private MarkdownConverter converter;
  private PageExtractor extractor;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    pages = Corpus.load(Corpus.directory());
    converter = new MarkdownConverter(2, Duration.ofSeconds(30));
    extractor = new PageExtractor(converter);
  }

  @TearDown(Level.Trial)
  public void close() {
    converter.close();
  }

  @Benchmark
  public ExtractedPage extractOnePage() throws InterruptedException {
    Corpus page = pages.get(next);
    next = (next + 1) % pages.size();
    return extractor.extract(page.source(), OPTIONS);
  }
}
