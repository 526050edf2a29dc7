package io.newsetl.evaluate;

import io.newsetl.ingest.html.LenientJsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Runs a {@link PublicationDateFinder} over a publication-date set laid out as the htmldate
 * evaluation set: a {@code manifest.jsonl} with one page per line ({@code url}, {@code subset},
 * {@code html_path} relative to the folder, gzip-compressed when it ends in {@code .gz}, and {@code
 * date} as {@code YYYY-MM-DD} or null). A date found matches when the day the page shows ({@link
 * FoundDate#pageDay()}) equals the gold day, as in htmldate's evaluation, whose gold days are the
 * days pages show; the counts by UTC day are kept too. Counts follow {@link PubdateCounts}.
 *
 * <p>Stateless and thread-safe. A finder that throws on a page counts as finding nothing there and
 * is counted in {@link PubdateReport#failures()}.
 */
public final class PubdateEvaluation {

  /**
   * Scores {@code finder} on the set in {@code folder}.
   *
   * @throws IOException when the manifest or a page cannot be read, or the manifest is malformed
   */
  public PubdateReport run(Path folder, PublicationDateFinder finder) throws IOException {
    return run(folder, finder, Integer.MAX_VALUE);
  }

  /**
   * Scores {@code finder} on the first {@code limit} pages of the set in {@code folder}.
   *
   * @throws IOException when the manifest or a page cannot be read, or the manifest is malformed
   */
  public PubdateReport run(Path folder, PublicationDateFinder finder, int limit)
      throws IOException {
    Tally tally = new Tally();
    for (PubdatePage page :
        readManifest(folder.resolve("manifest.jsonl")).stream().limit(limit).toList()) {
      Path file = folder.resolve(page.htmlPath());
      byte[] html = read(file);
      Optional<FoundDate> found;
      try {
        found = finder.find(html, page.url(), Files.getLastModifiedTime(file).toInstant());
      } catch (RuntimeException e) {
        found = Optional.empty();
        tally.failures++;
      }
      tally.add(page, found);
    }
    return tally.report();
  }

  /** The pages of a manifest, in file order. */
  static List<PubdatePage> readManifest(Path manifest) throws IOException {
    List<PubdatePage> pages = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      if (!(LenientJsonParser.parse(line).orElse(null) instanceof Map<?, ?> fields)
          || !(fields.get("url") instanceof String url)
          || !(fields.get("html_path") instanceof String path)) {
        throw new IOException(manifest + " line " + number + ": not a page with url and html_path");
      }
      String subset = fields.get("subset") instanceof String s ? s : "";
      pages.add(new PubdatePage(url, subset, path, gold(fields.get("date"), manifest, number)));
    }
    return pages;
  }

  private static Optional<LocalDate> gold(Object date, Path manifest, int number)
      throws IOException {
    if (!(date instanceof String day)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(day));
    } catch (DateTimeException e) {
      throw new IOException(
          manifest + " line " + number + ": date " + day + " is not YYYY-MM-DD", e);
    }
  }

  private static byte[] read(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static final class Tally {
    PubdateCounts overall = PubdateCounts.NONE;
    PubdateCounts utc = PubdateCounts.NONE;
    final Map<String, PubdateCounts> subsets = new HashMap<>();
    final Map<String, PubdateCounts> bySource = new HashMap<>();
    final List<PubdateMiss> misses = new ArrayList<>();
    int failures;

    void add(PubdatePage page, Optional<FoundDate> found) {
      Optional<LocalDate> day = found.map(FoundDate::pageDay);
      PubdateCounts counts = counts(page.gold(), day);
      overall = overall.plus(counts);
      utc =
          utc.plus(
              counts(
                  page.gold(),
                  found.map(f -> LocalDate.ofInstant(f.published().instant(), ZoneOffset.UTC))));
      subsets.merge(page.subset(), counts, PubdateCounts::plus);
      found.ifPresent(f -> bySource.merge(f.published().source(), counts, PubdateCounts::plus));
      if (counts.truePositives() == 0 && counts.trueNegatives() == 0) {
        misses.add(
            new PubdateMiss(page.url(), page.gold(), day, found.map(f -> f.published().source())));
      }
    }

    PubdateReport report() {
      return new PubdateReport(overall, utc, subsets, bySource, failures, misses);
    }
  }

  static PubdateCounts counts(Optional<LocalDate> gold, Optional<LocalDate> found) {
    if (found.isEmpty()) {
      return gold.isEmpty() ? new PubdateCounts(0, 0, 1, 0) : new PubdateCounts(0, 0, 0, 1);
    }
    return found.equals(gold) ? new PubdateCounts(1, 0, 0, 0) : new PubdateCounts(0, 1, 0, 0);
  }
}
