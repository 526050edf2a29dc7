package io.newsetl.evaluate;

import io.newsetl.ingest.html.LenientJsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs a {@link BodyExtractor} over the article-extraction-benchmark dataset ({@code
 * ground-truth.json} and {@code html/<id>.html.gz}) and scores it exactly as the benchmark's own
 * {@code evaluate.py} does: per-page shingle matching ({@link ShingleMatch}), precision and recall
 * averaged over pages, F1 from the two averages, accuracy as the share of exact token matches. The
 * bootstrap confidence intervals of the upstream script are not computed.
 *
 * <p>Stateless and thread-safe. An extractor that throws on a page scores an empty body there and
 * is counted in {@link ExtractionReport#failures()}.
 */
public final class ExtractionEvaluation {

  private static final int WORST = 10;

  /**
   * Scores {@code extractor} on the dataset in {@code datasetDir}.
   *
   * @throws IOException when the ground truth or a page cannot be read
   */
  public ExtractionReport run(Path datasetDir, BodyExtractor extractor) throws IOException {
    List<BenchmarkPage> pages = new ArrayList<>();
    int failures = 0;
    for (BenchmarkPage truth : readTruth(datasetDir)) {
      byte[] html = readGzip(datasetDir.resolve("html").resolve(truth.id() + ".html.gz"));
      String predicted;
      try {
        predicted = String.valueOf(extractor.extractBody(html, truth.url()));
      } catch (RuntimeException e) {
        predicted = "";
        failures++;
      }
      pages.add(new BenchmarkPage(truth.id(), truth.url(), truth.truth(), predicted));
    }
    return score(pages, failures);
  }

  /** The pages of {@code ground-truth.json} in file order, with nothing predicted yet. */
  static List<BenchmarkPage> readTruth(Path datasetDir) throws IOException {
    String text = Files.readString(datasetDir.resolve("ground-truth.json"), StandardCharsets.UTF_8);
    if (!(LenientJsonParser.parse(text).orElse(null) instanceof Map<?, ?> truth)) {
      throw new IOException("ground-truth.json is not a JSON object");
    }
    List<BenchmarkPage> pages = new ArrayList<>();
    for (Map.Entry<?, ?> entry : truth.entrySet()) {
      Object fields = entry.getValue();
      pages.add(
          new BenchmarkPage(
              entry.getKey().toString(), field(fields, "url"), field(fields, "articleBody"), ""));
    }
    return pages;
  }

  private static String field(Object fields, String name) {
    return fields instanceof Map<?, ?> map && map.get(name) instanceof String value ? value : "";
  }

  static ExtractionReport score(List<BenchmarkPage> pages, int failures) {
    List<BigDecimal> precisions = new ArrayList<>();
    List<BigDecimal> recalls = new ArrayList<>();
    List<BigDecimal> exact = new ArrayList<>();
    List<PageScore> scores = new ArrayList<>();
    for (BenchmarkPage page : pages) {
      ShingleMatch match = ShingleMatch.of(page.truth(), page.predicted());
      if (match.hasPrediction()) {
        precisions.add(new BigDecimal(match.precision()));
      }
      if (match.hasTruth()) {
        recalls.add(new BigDecimal(match.recall()));
      }
      boolean same =
          ShingleMatch.tokens(page.truth()).equals(ShingleMatch.tokens(page.predicted()));
      exact.add(same ? BigDecimal.ONE : BigDecimal.ZERO);
      scores.add(pageScore(page, match, same));
    }
    double precision = mean(precisions);
    double recall = mean(recalls);
    scores.sort(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id));
    return new ExtractionReport(
        pages.size(),
        failures,
        precision,
        recall,
        harmonic(precision, recall),
        mean(exact),
        scores.subList(0, Math.min(WORST, scores.size())));
  }

  private static PageScore pageScore(BenchmarkPage page, ShingleMatch match, boolean same) {
    double p = match.precision();
    double r = match.recall();
    return new PageScore(page.id(), page.url(), p, r, harmonic(p, r), same);
  }

  private static double harmonic(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** The exact mean of the values, rounded once, as Python's {@code statistics.mean}; 0 if none. */
  private static double mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return 0;
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128).doubleValue();
  }

  private static byte[] readGzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
