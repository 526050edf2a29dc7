package io.newsetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newsetl.article.PublicationDate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PubdateEvaluationTests {

  private static final Path HTMLDATE_EVAL = Path.of("../shared/datasets/htmldate-eval");

  private final PubdateEvaluation evaluation = new PubdateEvaluation();

  @ParameterizedTest(name = "gold {0}, found {1}")
  @CsvSource({
    "2023-07-13, 2023-07-13, 1, 0, 0, 0",
    "2023-07-13, 2023-07-12, 0, 1, 0, 0",
    "2023-07-13,           , 0, 0, 0, 1",
    "          , 2023-07-12, 0, 1, 0, 0",
    "          ,           , 0, 0, 1, 0"
  })
  void countsPagesAsHtmldatesEvaluationDoes(
      LocalDate gold, LocalDate found, int tp, int fp, int tn, int fn) {
    assertThat(PubdateEvaluation.counts(Optional.ofNullable(gold), Optional.ofNullable(found)))
        .isEqualTo(new PubdateCounts(tp, fp, tn, fn));
  }

  @Test
  void scoresAHandmadeSetOverallPerSubsetAndByUtcDay(@TempDir Path set) throws IOException {
    page(set, "a.html", false);
    page(set, "b.html.gz", true);
    page(set, "c.html", false);
    page(set, "d.html", false);
    page(set, "e.html", false);
    page(set, "f.html", false);
    Files.writeString(
        set.resolve("manifest.jsonl"),
        String.join(
                "\n",
                line("https://example.org/a", "news", "a.html", "\"2023-07-13\""),
                line("https://example.org/b", "news", "b.html.gz", "\"2023-07-12\""),
                line("https://example.org/c", "news", "c.html", "\"2023-07-11\""),
                line("https://example.org/d", "blogs", "d.html", "null"),
                line("https://example.org/e", "blogs", "e.html", "null"),
                line("https://example.org/f", "blogs", "f.html", "\"2023-07-10\""))
            + "\n");

    PubdateReport report =
        evaluation.run(
            set,
            (html, url, time) ->
                switch (url.substring(url.length() - 1)) {
                  case "a" -> found("2023-07-13T10:00:00Z", "json-ld", "2023-07-13");
                  case "b" ->
                      found(
                          "2023-07-13T01:00:00Z",
                          "meta",
                          new String(html, StandardCharsets.UTF_8).strip());
                  case "d" -> found("2023-07-01T00:00:00Z", "url", "2023-07-01");
                  case "f" -> throw new IllegalStateException("broken page");
                  default -> Optional.empty();
                });

    assertThat(report.overall()).isEqualTo(new PubdateCounts(2, 1, 1, 2));
    assertThat(report.utc()).isEqualTo(new PubdateCounts(1, 2, 1, 2));
    assertThat(report.subsets())
        .containsEntry("news", new PubdateCounts(2, 0, 0, 1))
        .containsEntry("blogs", new PubdateCounts(0, 1, 1, 1));
    assertThat(report.overall().precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(report.overall().recall()).isCloseTo(0.5, within(1e-12));
    assertThat(report.overall().f1()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(report.overall().accuracy()).isCloseTo(0.5, within(1e-12));
    assertThat(report.bySource())
        .containsEntry("json-ld", new PubdateCounts(1, 0, 0, 0))
        .containsEntry("url", new PubdateCounts(0, 1, 0, 0));
    assertThat(report.failures()).isEqualTo(1);
    assertThat(report.misses())
        .extracting(PubdateMiss::url)
        .containsExactly("https://example.org/c", "https://example.org/d", "https://example.org/f");
    assertThat(report.summary())
        .contains("all              pages=6 precision=0.667 recall=0.500 F1=0.571")
        .contains("by evidence (right/wrong): json-ld 1/0, meta 1/0, url 0/1");
  }

  @Test
  void scoresTheFirstPagesOnly(@TempDir Path set) throws IOException {
    page(set, "a.html", false);
    Files.writeString(
        set.resolve("manifest.jsonl"),
        line("https://example.org/a", "news", "a.html", "\"2023-07-13\"")
            + "\n"
            + line("https://example.org/missing", "news", "missing.html", "\"2023-07-13\"")
            + "\n");

    assertThat(evaluation.run(set, (html, url, time) -> Optional.empty(), 1).overall().documents())
        .isEqualTo(1);
  }

  @Nested
  class BrokenSets {

    @Test
    void aManifestLineWithoutAPageIsAnError(@TempDir Path set) throws IOException {
      Files.writeString(set.resolve("manifest.jsonl"), "{\"url\": \"https://example.org/a\"}\n");

      assertThatThrownBy(() -> evaluation.run(set, (html, url, time) -> Optional.empty()))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("line 1");
    }

    @Test
    void aGoldDateThatIsNoDayIsAnError(@TempDir Path set) throws IOException {
      page(set, "a.html", false);
      Files.writeString(
          set.resolve("manifest.jsonl"),
          line("https://example.org/a", "x", "a.html", "\"July\"") + "\n");

      assertThatThrownBy(() -> evaluation.run(set, (html, url, time) -> Optional.empty()))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("not YYYY-MM-DD");
    }
  }

  @Test
  void htmldateEvaluationSetThroughTheIngestJobsPath() throws IOException {
    Assumptions.assumeTrue(
        Files.isReadable(HTMLDATE_EVAL.resolve("manifest.jsonl")),
        "htmldate evaluation set not found under ../shared/datasets/htmldate-eval");

    PubdateReport report = evaluation.run(HTMLDATE_EVAL, new IngestDateFinder(), 20);

    System.out.print(report.summary());
    assertThat(report.overall().documents()).isEqualTo(20);
    assertThat(report.failures()).isZero();
    assertThat(report.overall().f1()).as("sanity floor, not a target").isGreaterThan(0.5);
  }

  private static Optional<FoundDate> found(String instant, String source, String pageDay) {
    return Optional.of(
        new FoundDate(
            new PublicationDate(Instant.parse(instant), source), LocalDate.parse(pageDay)));
  }

  private static String line(String url, String subset, String path, String date) {
    return "{\"url\": \""
        + url
        + "\", \"subset\": \""
        + subset
        + "\", \"html_path\": \""
        + path
        + "\", \"date\": "
        + date
        + "}";
  }

  /**
   * A page whose content is its gold day for the gzip one (read back by the finder), else a stub.
   */
  private static void page(Path set, String name, boolean gzip) throws IOException {
    byte[] content = (gzip ? "2023-07-12" : "<html></html>").getBytes(StandardCharsets.UTF_8);
    if (!gzip) {
      Files.write(set.resolve(name), content);
      return;
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(set.resolve(name)))) {
      out.write(content);
    }
  }
}
