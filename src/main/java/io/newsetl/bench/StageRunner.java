package io.newsetl.bench;

import io.newsetl.article.ProcessedFile;
import io.newsetl.article.RawDocument;
import io.newsetl.article.SourceFile;
import io.newsetl.ingest.ContainerSplit;
import io.newsetl.ingest.ContainerSplitter;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.ParseOutcome;
import io.newsetl.ingest.SourceReader;
import io.newsetl.jobs.IngestLauncher;
import io.newsetl.jobs.IngestRequest;
import io.newsetl.jobs.PipelineFactory;
import io.newsetl.jobs.RunSummary;
import io.newsetl.pipeline.FilePipeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one stage over the benchmark input and measures it. Stages a to d run the job's own pipeline
 * pieces ({@link PipelineFactory}) on {@code threads} threads of this process; stage e runs the
 * ingest job itself through {@link IngestLauncher}. Not thread-safe.
 */
public final class StageRunner {

  private final PipelineFactory pipelines;
  private final IngestLauncher launcher;
  private final int threads;
  private final ResourceMeter meter = new ResourceMeter();

  public StageRunner(PipelineFactory pipelines, IngestLauncher launcher, int threads) {
    this.pipelines = pipelines;
    this.launcher = launcher;
    this.threads = threads;
  }

  /**
   * Runs the stage and returns its measurement.
   *
   * @param files the listed input files (stages a to d)
   * @param input the input location (stage e)
   * @param output a fresh dataset location for stage e
   * @throws Exception when the job cannot run or a worker fails
   */
  public StageResult run(Stage stage, List<SourceFile> files, String input, String output)
      throws Exception {
    if (stage == Stage.JOB) {
      return runJob(input, output);
    }
    Counts counts = new Counts();
    FileWork work = workOf(stage, counts);
    long bytes = files.stream().mapToLong(SourceFile::size).sum();
    meter.start();
    runAll(files, work);
    ResourceMeter.Usage usage = meter.stop();
    return new StageResult(
        stage,
        files.size(),
        counts.articles.sum(),
        counts.rejects.sum(),
        bytes,
        usage.wallNanos(),
        usage.cpuNanos(),
        usage.peakHeapBytes(),
        usage.peakRssBytes());
  }

  /**
   * Runs the pipeline over the files and the job over {@code input}, without measuring, so that the
   * measured stages run on compiled code, as a long run does.
   */
  public void warmUp(List<SourceFile> files, String input, String output) throws Exception {
    runAll(files, workOf(Stage.ENRICH, new Counts()));
    runJob(input, output);
  }

  /** The system load average over the last minute, or -1 when unavailable. */
  public double loadAverage() {
    return meter.loadAverage();
  }

  private StageResult runJob(String input, String output) throws Exception {
    meter.start();
    RunSummary summary = launcher.run(new IngestRequest(input, output, Optional.empty(), -1));
    ResourceMeter.Usage usage = meter.stop();
    if (!summary.completed()) {
      throw new IllegalStateException(
          "the ingest job ended " + summary.status() + ": " + summary.exitMessage());
    }
    return new StageResult(
        Stage.JOB,
        summary.filesProcessed(),
        summary.articles(),
        summary.rejects(),
        summary.bytesRead(),
        usage.wallNanos(),
        usage.cpuNanos(),
        usage.peakHeapBytes(),
        usage.peakRssBytes());
  }

  private FileWork workOf(Stage stage, Counts counts) {
    return switch (stage) {
      case READ -> readOnly(pipelines.reader(), counts);
      case PARSE -> parseOnly(pipelines.reader(), pipelines.splitter(), pipelines.parser(), counts);
      case CLEAN -> whole(pipelines.pipelineWithoutEnrichment(), counts);
      case ENRICH -> whole(pipelines.pipeline(Optional.empty()), counts);
      case JOB -> throw new IllegalArgumentException("the job stage runs the job");
    };
  }

  private static FileWork readOnly(SourceReader reader, Counts counts) {
    return file -> (read(reader, file).isPresent() ? counts.articles : counts.rejects).increment();
  }

  private static FileWork parseOnly(
      SourceReader reader, ContainerSplitter splitter, DocumentParser parser, Counts counts) {
    return file -> {
      Optional<byte[]> bytes = read(reader, file);
      if (bytes.isEmpty()) {
        counts.rejects.increment();
        return;
      }
      ContainerSplit split = splitter.split(file, bytes.get());
      counts.rejects.add(split.failures().size());
      for (RawDocument document : split.documents()) {
        (parser.parse(document) instanceof ParseOutcome.Parsed ? counts.articles : counts.rejects)
            .increment();
      }
    };
  }

  private static FileWork whole(FilePipeline pipeline, Counts counts) {
    return file -> {
      ProcessedFile processed = pipeline.process(file);
      counts.articles.add(processed.articles().size());
      counts.rejects.add(processed.rejects().size());
    };
  }

  /** The file's bytes, or empty when it is too large or cannot be read (a reject either way). */
  private static Optional<byte[]> read(SourceReader reader, SourceFile file) {
    try {
      return reader.read(file);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void runAll(List<SourceFile> files, FileWork work) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < files.size();
                      i = next.getAndIncrement()) {
                    work.process(files.get(i));
                  }
                  return null;
                }));
      }
      for (Future<Void> worker : workers) {
        join(worker);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void join(Future<Void> worker) throws InterruptedException {
    try {
      worker.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark worker failed", e.getCause());
    }
  }

  @FunctionalInterface
  private interface FileWork {
    void process(SourceFile file);
  }

  private static final class Counts {
    final LongAdder articles = new LongAdder();
    final LongAdder rejects = new LongAdder();
  }
}
