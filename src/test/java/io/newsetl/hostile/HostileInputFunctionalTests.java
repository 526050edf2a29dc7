package io.newsetl.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product jar, in a JVM capped at {@code -Xmx512m} with process isolation, on the generated
 * hostile corpus: the run completes, every file ends as exactly one article or reject with an
 * acceptable reason, the summary counts the rejects by reason, nothing outside the input is read
 * and nothing outside the output is written, and the job repository's password reaches neither the
 * log nor the summary ({@code SecretRedactionFunctionalTests} covers credentials in URIs).
 */
class HostileInputFunctionalTests {

  private static final Path JAR = Path.of("target", "news-etl.jar");
  private static final String DB_PASSWORD = "db-pw-4d9e1b";

  @TempDir static Path work;
  private static HostileCorpus corpus;
  private static Path output;
  private static String log;
  private static int status;

  @BeforeAll
  static void runTheJarOnTheCorpus() throws Exception {
    corpus = HostileCorpus.write(work.resolve("input"), work.resolve("outside"));
    output = work.resolve("dataset");
    Result result =
        run(
            List.of(
                "ingest",
                "--input",
                work.resolve("input").toString(),
                "--output",
                output.toString(),
                "--threads",
                "2",
                "--news-etl.home=" + work.resolve("home"),
                "--spring.datasource.password=" + DB_PASSWORD),
            Duration.ofMinutes(6));
    status = result.status();
    log = result.output();
  }

  @Test
  void theRunCompletesAndEveryFileHasExactlyOneAcceptableOutcome() throws Exception {
    assertThat(status).as(log).isZero();
    assertThat(log).contains("COMPLETED").doesNotContain("OutOfMemoryError");
    Map<String, List<String>> outcomes = outcomes();
    Map<String, Set<String>> expected = corpus.expected();
    assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (file, acceptable) ->
            assertThat(outcomes.get(file))
                .as(file + " -> " + outcomes.get(file))
                .hasSize(1)
                .allMatch(acceptable::contains));
  }

  @Test
  void theSummaryCountsRejectsByReason() throws Exception {
    Map<String, Long> byReason =
        outcomes().values().stream()
            .flatMap(List::stream)
            .filter(o -> !o.equals("article"))
            .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
    String summary;
    try (Stream<Path> runs = Files.list(output.resolve("_runs"))) {
      summary = Files.readString(runs.findFirst().orElseThrow(), StandardCharsets.UTF_8);
    }
    assertThat(byReason)
        .containsKeys(
            "empty", "encrypted", "no_text", "too_large", "malformed", "unsafe", "unreadable");
    byReason.forEach(
        (reason, count) -> assertThat(summary).contains("\"" + reason + "\" : " + count));
  }

  @Test
  void noExternalEntityIsResolvedAndNothingIsWrittenOutsideTheOutput() throws Exception {
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(HostileCorpus.SECRET);
      }
    }
    try (Stream<Path> top = Files.list(work)) {
      assertThat(top.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("input", "outside", "dataset", "home");
    }
    try (Stream<Path> outside = Files.list(work.resolve("outside"))) {
      assertThat(outside.map(p -> p.getFileName().toString())).containsExactly("secret.txt");
    }
  }

  @Test
  void secretsNeverReachTheLogOrTheSummary() throws Exception {
    assertThat(log).doesNotContain(DB_PASSWORD);
    assertThat(summaries(output)).doesNotContain(DB_PASSWORD);
  }

  private static Map<String, List<String>> outcomes() throws Exception {
    Map<String, List<String>> outcomes = new HashMap<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      collect(
          sql,
          "SELECT source_path, 'article' FROM read_parquet('"
              + output
              + "/articles/**/*.parquet') "
              + "UNION ALL SELECT source_path, reason FROM read_parquet('"
              + output
              + "/rejects/**/*.parquet')",
          outcomes);
    }
    return outcomes;
  }

  private static void collect(Statement sql, String query, Map<String, List<String>> into)
      throws Exception {
    try (ResultSet rs = sql.executeQuery(query)) {
      while (rs.next()) {
        into.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
  }

  private static String summaries(Path dataset) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> runs = Files.list(dataset.resolve("_runs"))) {
      for (Path run : runs.toList()) {
        all.append(Files.readString(run, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  private static Result run(List<String> args, Duration limit) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toString()));
    command.addAll(args);
    Path log = Files.createTempFile(work, "run", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("still running after " + limit + ":\n" + Files.readString(log));
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Result(process.exitValue(), text);
  }

  private record Result(int status, String output) {}
}
