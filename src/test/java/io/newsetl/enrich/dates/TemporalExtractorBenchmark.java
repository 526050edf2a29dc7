package io.newsetl.enrich.dates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

/**
 * Single-thread throughput (per CPU second of the measuring thread, so other load on the machine
 * matters little) of {@link TemporalExtractor} on real news: BBC articles (English) and
 * SaudiNewsNet articles (Arabic) from {@code ../shared/datasets}, cut into texts of about 3 KB. Run
 * after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$HOME/.m2/repository/com/ibm/icu/icu4j/78.1/icu4j-78.1.jar \
 *     io.newsetl.enrich.dates.TemporalExtractorBenchmark
 * </pre>
 */
public final class TemporalExtractorBenchmark {

  private static final int TEXT_SIZE = 3000;
  private static final Path DATASETS = Path.of("../shared/datasets");

  private TemporalExtractorBenchmark() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    TemporalExtractor extractor = new TemporalExtractor();
    System.out.printf(
        Locale.ROOT,
        "construction (7 languages, cold JVM): %.0f ms%n",
        (System.nanoTime() - start) / 1e6);
    run(extractor, "en", chunks(bbcTexts()));
    run(extractor, "ar", chunks(saudiTexts()));
  }

  private static void run(TemporalExtractor extractor, String language, List<String> texts) {
    if (texts.isEmpty()) {
      System.out.println(language + ": no input found below " + DATASETS.toAbsolutePath());
      return;
    }
    Optional<LocalDate> reference = Optional.of(LocalDate.of(2015, 8, 5));
    for (int warm = 0; warm < 3; warm++) {
      texts.forEach(t -> extractor.extract(t, language, reference));
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    int rounds = 5;
    long found = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String text : texts) {
        found += extractor.extract(text, language, reference).size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %d texts of %.0f chars, %.1f expressions per text; per CPU second: %.0f texts, %.1f M chars; wall clock: %.0f texts/s%n",
        language,
        texts.size(),
        (double) chars / texts.size(),
        (double) found / rounds / texts.size(),
        rounds * texts.size() / cpuSeconds,
        rounds * chars / cpuSeconds / 1e6,
        rounds * texts.size() / seconds);
  }

  /**
   * Joins paragraphs of consecutive articles into texts of about {@value #TEXT_SIZE} characters.
   */
  private static List<String> chunks(List<String> articles) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String article : articles) {
      current.append(article).append("\n\n");
      while (current.length() >= TEXT_SIZE) {
        out.add(current.substring(0, TEXT_SIZE));
        current.delete(0, TEXT_SIZE);
      }
    }
    return out;
  }

  /** The text files inside the BBC tarball (a plain ustar archive, gzipped). */
  private static List<String> bbcTexts() throws IOException {
    Path tarball = DATASETS.resolve("bbc-news/bbc-fulltext.tar.gz");
    List<String> texts = new ArrayList<>();
    if (!Files.isRegularFile(tarball)) {
      return texts;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = new String(header, 0, 100, StandardCharsets.US_ASCII).trim();
        long size =
            Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
        byte[] body = in.readNBytes((int) size);
        in.skipNBytes((512 - size % 512) % 512);
        if (name.endsWith(".txt")) {
          texts.add(new String(body, StandardCharsets.ISO_8859_1));
        }
      }
    }
    return texts;
  }

  /** The {@code content} fields of the SaudiNewsNet JSON archives. */
  private static List<String> saudiTexts() throws IOException {
    Path folder = DATASETS.resolve("saudinewsnet/dataset");
    List<String> texts = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return texts;
    }
    try (var zips = Files.list(folder)) {
      for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().limit(2).toList()) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
          while (in.getNextEntry() != null) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            in.transferTo(json);
            texts.addAll(jsonStrings(json.toString(StandardCharsets.UTF_8), "\"content\":"));
          }
        }
      }
    }
    return texts;
  }

  /** The string values of one key in a JSON text; enough JSON for a benchmark input. */
  private static List<String> jsonStrings(String json, String key) {
    List<String> values = new ArrayList<>();
    int at = json.indexOf(key);
    while (at >= 0) {
      int i = json.indexOf('"', at + key.length()) + 1;
      StringBuilder value = new StringBuilder();
      while (i < json.length() && json.charAt(i) != '"') {
        char c = json.charAt(i++);
        if (c == '\\') {
          char e = json.charAt(i++);
          if (e == 'u') {
            value.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
            i += 4;
          } else {
            value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
          }
        } else {
          value.append(c);
        }
      }
      values.add(value.toString());
      at = json.indexOf(key, i);
    }
    return values;
  }
}
