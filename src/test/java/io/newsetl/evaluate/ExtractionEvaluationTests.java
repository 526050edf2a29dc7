package io.newsetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractionEvaluationTests {

  private static final Path BENCHMARK = Path.of("../shared/datasets/article-extraction-benchmark");

  private final ExtractionEvaluation evaluation = new ExtractionEvaluation();

  @Nested
  class Metric {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.newsetl.evaluate.ExtractionEvaluationTests#matches")
    void matchesShinglesAsTheBenchmarkDoes(
        String name, String truth, String predicted, double tp, double fp, double fn) {
      ShingleMatch match = ShingleMatch.of(truth, predicted);

      assertThat(match.tp()).isCloseTo(tp, within(1e-12));
      assertThat(match.fp()).isCloseTo(fp, within(1e-12));
      assertThat(match.fn()).isCloseTo(fn, within(1e-12));
    }

    @Test
    void tokensAreUnicodeWordRunsWithCaseKept() {
      assertThat(ShingleMatch.tokens("Ünïcode_word, 123 — «Ça» l'été; مرحبا بكم 你好"))
          .containsExactly("Ünïcode_word", "123", "Ça", "l", "été", "مرحبا", "بكم", "你好");
    }

    @Test
    void averagesPerPageScoresAndTakesF1OfTheAverages(@TempDir Path dataset) throws IOException {
      writeDataset(
          dataset,
          Map.of(
              "a", "a b c d e",
              "b", "a b c d e",
              "c", "one two three four five six"));
      Map<String, String> predictions =
          Map.of("https://example.org/a", "a b c d e", "https://example.org/b", "a b c d x");

      ExtractionReport report =
          evaluation.run(dataset, (html, url) -> predictions.getOrDefault(url, ""));

      assertThat(report.documents()).isEqualTo(3);
      assertThat(report.precision()).isCloseTo(0.75, within(1e-12));
      assertThat(report.recall()).isCloseTo(0.5, within(1e-12));
      assertThat(report.f1()).isCloseTo(0.6, within(1e-12));
      assertThat(report.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
      assertThat(report.worst()).extracting(PageScore::id).containsExactly("c", "b", "a");
      assertThat(report.worst().get(1).f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void countsAnExtractorThatThrowsAsAnEmptyExtraction(@TempDir Path dataset) throws IOException {
      writeDataset(dataset, Map.of("a", "a b c d e", "b", "f g h i j"));

      ExtractionReport report =
          evaluation.run(
              dataset,
              (html, url) -> {
                if (url.endsWith("/a")) {
                  throw new IllegalStateException("broken page");
                }
                return "f g h i j";
              });

      assertThat(report.failures()).isEqualTo(1);
      assertThat(report.precision()).isEqualTo(1.0);
      assertThat(report.recall()).isEqualTo(0.5);
    }

    @Test
    void passesTheRawBytesOfEachPage(@TempDir Path dataset) throws IOException {
      writeDataset(dataset, Map.of("a", "a b c d e"));

      ExtractionReport report =
          evaluation.run(dataset, (html, url) -> new String(html, StandardCharsets.UTF_8));

      assertThat(report.f1()).isEqualTo(1.0);
      assertThat(report.summary()).contains("documents=1", "F1=1.000");
    }
  }

  @Nested
  class BrokenDataset {

    @Test
    void failsWhenTheGroundTruthIsMissing(@TempDir Path dataset) {
      assertThatThrownBy(() -> evaluation.run(dataset, (html, url) -> ""))
          .isInstanceOf(IOException.class);
    }

    @Test
    void failsWhenTheGroundTruthIsNotAnObject(@TempDir Path dataset) throws IOException {
      Files.writeString(dataset.resolve("ground-truth.json"), "[1, 2]");

      assertThatThrownBy(() -> evaluation.run(dataset, (html, url) -> ""))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("not a JSON object");
    }

    @Test
    void failsWhenAPageIsMissing(@TempDir Path dataset) throws IOException {
      Files.writeString(
          dataset.resolve("ground-truth.json"),
          "{\"x\": {\"articleBody\": \"t\", \"url\": \"u\"}}");

      assertThatThrownBy(() -> evaluation.run(dataset, (html, url) -> ""))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void scoresTheHtmlExtractorOnTheRealBenchmark() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(BENCHMARK.resolve("ground-truth.json")),
        "article-extraction-benchmark not found at "
            + BENCHMARK.toAbsolutePath()
            + "; skipping the benchmark run");

    ExtractionReport report = evaluation.run(BENCHMARK, new JsoupDecodingBodyExtractor());

    System.out.println("article-extraction-benchmark: " + report.summary());
    report.worst().forEach(page -> System.out.printf("  F1=%.3f %s%n", page.f1(), page.url()));
    assertThat(report.documents()).isEqualTo(181);
    assertThat(report.f1()).isGreaterThan(0.5);
  }

  static Stream<Arguments> matches() {
    double third = 1.0 / 3;
    return Stream.of(
        Arguments.of("identical", "a b c d e", "a b c d e", 1.0, 0.0, 0.0),
        Arguments.of("one token differs", "a b c d e", "a b c d x", third, third, third),
        Arguments.of("nothing predicted", "a b c d e", "", 0.0, 0.0, 1.0),
        Arguments.of("nothing true", "", "a b c d e", 0.0, 1.0, 0.0),
        Arguments.of("both empty", "", "", 0.0, 0.0, 0.0),
        Arguments.of("short texts are one shingle", "a b", "a b", 1.0, 0.0, 0.0),
        Arguments.of("case matters", "A b c d", "a b c d", 0.0, 0.5, 0.5),
        Arguments.of("punctuation and spacing do not", "a, b.\n\nc d", "a b c d", 1.0, 0.0, 0.0),
        Arguments.of("repeats count", "a b c d", "a b c d a b c d", 1.0 / 5, 4.0 / 5, 0.0));
  }

  /** A dataset in the benchmark's layout; each page's HTML is its own true body. */
  private static void writeDataset(Path dir, Map<String, String> bodies) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    StringBuilder json = new StringBuilder("{");
    for (String id : new TreeMap<>(bodies).keySet()) {
      json.append(json.length() > 1 ? "," : "")
          .append(
              String.format(
                  "\"%s\": {\"articleBody\": \"%s\", \"url\": \"https://example.org/%s\"}",
                  id, bodies.get(id), id));
      Path page = dir.resolve("html").resolve(id + ".html.gz");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
        out.write(bodies.get(id).getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.writeString(dir.resolve("ground-truth.json"), json.append("}"));
  }
}
