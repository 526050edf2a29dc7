package io.newsetl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsetl.article.SourceFile;
import io.newsetl.bench.BenchInput;
import io.newsetl.bench.BenchReport;
import io.newsetl.bench.BenchRun;
import io.newsetl.bench.CorpusLayout;
import io.newsetl.bench.CorpusMaterializer;
import io.newsetl.bench.Stage;
import io.newsetl.bench.StageResult;
import io.newsetl.bench.StageRunner;
import io.newsetl.ingest.InputLister;
import io.newsetl.jobs.IngestLauncher;
import io.newsetl.jobs.PipelineFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code news-etl bench}: throughput, CPU and memory of each stage on a corpus of raw files. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the speed and memory of each stage and of the full job.",
      "Reading, parsing, cleaning, enrichment and the full job run on the "
          + "same files, in one process: articles and MB per second, CPU per "
          + "file, share of time, peak heap and RSS. Prints a Markdown report and "
          + "writes it (and a JSON file) beside --report."
    })
final class BenchCommand implements Callable<Integer> {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Corpus corpus;

  static final class Corpus {
    @Option(
        names = "--corpus",
        paramLabel = "<folder>",
        description = "Folder of raw files to measure.")
    Path existing;

    @Option(
        names = "--materialize",
        paramLabel = "<folder>",
        description =
            "Build the mixed corpus from --datasets into this folder (kept if it already holds files), then measure it.")
    Path materialize;
  }

  @Option(
      names = "--datasets",
      paramLabel = "<folder>",
      defaultValue = "../shared/datasets",
      description = "Public data sets the corpus is built from (default: ${DEFAULT-VALUE}).")
  Path datasets;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description =
          "Files to process: the corpus sampled evenly, or repeated under other paths (default: the corpus).")
  Integer articles;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      description = "Worker threads (default: one per processor).")
  int threads;

  @Option(
      names = "--stages",
      paramLabel = "a,b,c,d,e",
      defaultValue = "a,b,c,d,e",
      description =
          "Stages: a read, b parse, c parse+clean, d parse+clean+enrich, e full job (default: all).")
  String stages;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Files run through the pipeline and the job before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--report",
      paramLabel = "<file>",
      description =
          "Report path without extension; .md and .json are written (default: news-etl-bench-<time> here).")
  Path report;

  @Option(
      names = "--work",
      paramLabel = "<folder>",
      description =
          "Folder for the input links, the dataset and the job repository (default: a temporary folder, deleted).")
  Path work;

  @Override
  public Integer call() throws Exception {
    Instant started = Clock.systemUTC().instant();
    List<Stage> chosen = Stage.parse(stages);
    int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Path workFolder = work != null ? work : Files.createTempDirectory("news-etl-bench-");
    try (ConfigurableApplicationContext context =
        SpringContexts.start(
            root.settings(),
            Map.of("news-etl.threads", workers, "news-etl.home", workFolder.resolve("home")))) {
      long contextReady = ManagementFactory.getRuntimeMXBean().getUptime();
      Path folder = corpusFolder();
      PipelineFactory pipelines = context.getBean(PipelineFactory.class);
      long firstStart = System.nanoTime();
      pipelines.pipeline(Optional.empty()).process(single(BenchInput.anyFile(folder)));
      // Building the corpus is left out: the start-up is the context plus the first file.
      double firstArticle = contextReady / 1000.0 + (System.nanoTime() - firstStart) / 1e9;
      StageRunner runner =
          new StageRunner(pipelines, context.getBean(IngestLauncher.class), workers);
      write(
          measure(runner, folder, workFolder, chosen)
              .facts(started, commandLine(), machine(), workers, firstArticle));
      return ExitCodes.OK;
    } finally {
      if (work == null) {
        deleteTree(workFolder);
      }
    }
  }

  /** The corpus size, input size, load and stage results of a run. */
  private record Measured(
      int corpusFiles,
      int inputFiles,
      double loadBefore,
      double loadAfter,
      List<StageResult> results) {

    BenchRun facts(
        Instant started, String command, String machine, int workers, double firstArticle) {
      return new BenchRun(
          started,
          command,
          machine,
          workers,
          corpusFiles,
          inputFiles,
          firstArticle,
          loadBefore,
          loadAfter,
          results);
    }
  }

  private Measured measure(StageRunner runner, Path folder, Path workFolder, List<Stage> chosen)
      throws Exception {
    List<Path> corpusFiles = BenchInput.corpusFiles(folder);
    int wanted = articles != null ? articles : corpusFiles.size();
    if (warmup > 0) {
      Path warmInput = workFolder.resolve("warmup-input");
      BenchInput.build(folder, corpusFiles, warmInput, Math.min(warmup, wanted));
      runner.warmUp(
          new InputLister().list(warmInput.toString()),
          warmInput.toString(),
          workFolder.resolve("warmup-output").toString());
    }
    Path input = workFolder.resolve("input");
    BenchInput.build(folder, corpusFiles, input, wanted);
    List<SourceFile> files = new InputLister().list(input.toString());
    double loadBefore = runner.loadAverage();
    List<StageResult> results = new ArrayList<>();
    for (Stage stage : chosen) {
      results.add(
          runner.run(stage, files, input.toString(), workFolder.resolve("output").toString()));
    }
    return new Measured(
        corpusFiles.size(), files.size(), loadBefore, runner.loadAverage(), results);
  }

  private Path corpusFolder() throws IOException {
    if (corpus.existing != null) {
      return corpus.existing;
    }
    Path target = corpus.materialize;
    if (Files.isDirectory(target) && !BenchInput.corpusFiles(target).isEmpty()) {
      System.out.println("corpus " + target + " already holds files; using them as they are");
      return target;
    }
    int files =
        new CorpusMaterializer(datasets, target, new CorpusLayout(LocalDate.of(2024, 3, 4), 7))
            .materialize();
    System.out.printf(Locale.ROOT, "corpus: %,d files written to %s%n", files, target);
    return target;
  }

  private static SourceFile single(Path file) {
    return new InputLister().list(file.toString()).get(0);
  }

  private void write(BenchRun run) throws IOException {
    String markdown = BenchReport.markdown(run);
    System.out.println();
    System.out.print(markdown);
    Path base =
        report != null ? report : Path.of("news-etl-bench-" + STAMP.format(run.startedAt()));
    Path md = Path.of(base + ".md");
    Path json = Path.of(base + ".json");
    Files.writeString(md, markdown, StandardCharsets.UTF_8);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(json.toFile(), BenchReport.values(run));
    System.out.println("\nreport: " + md + ", " + json);
  }

  private String commandLine() {
    return "java -jar target/news-etl.jar "
        + String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }

  private static String machine() {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return String.format(
        Locale.ROOT,
        "%d processors, %.1f GiB memory, %s %s, Java %s, max heap %d MiB",
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / 1073741824.0,
        os.getName(),
        os.getArch(),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() / 1048576);
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
