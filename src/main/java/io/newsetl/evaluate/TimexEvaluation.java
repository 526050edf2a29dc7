package io.newsetl.evaluate;

import io.newsetl.enrich.dates.TemporalExpression;
import io.newsetl.enrich.dates.TemporalExtractor;
import io.newsetl.evaluate.TimemlDocument.GoldTimex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores a {@link TemporalExtractor} against TimeML files with the TempEval-3 measures.
 *
 * <p>Every {@code .tml} file below the folder (sorted by path) is read; its text is the content of
 * {@code <TEXT>} with tags removed, its gold expressions the {@code TIMEX3} elements inside, and
 * its reference date the document creation time ({@code functionInDocument="CREATION_TIME"}), which
 * is not itself scored. Files without {@code <TEXT>} (the Arabic corpus) are scored on their whole
 * text, and without a creation time the extractor gets no reference date.
 *
 * <p>Gold and system expressions are paired one-to-one, an exact span first, else the first
 * overlapping one; the TempEval-3 scorer instead counts, on each side, every expression that
 * overlaps any expression of the other side, which can credit one system expression spanning two
 * gold ones twice. Spans are compared as character offsets, not tokens.
 */
public final class TimexEvaluation {

  private TimexEvaluation() {}

  /** Scores English TimeML ({@code language = "en"}). */
  public static TimexScores run(Path timemlFolder, TemporalExtractor extractor) throws IOException {
    return run(timemlFolder, extractor, "en");
  }

  /**
   * Scores the TimeML files below {@code timemlFolder} as text in {@code language}.
   *
   * @throws IOException if the folder cannot be listed or a file is not well-formed XML
   */
  public static TimexScores run(Path timemlFolder, TemporalExtractor extractor, String language)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(timemlFolder)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().collect(Collectors.toList());
    }
    List<FileCounts> counts = new ArrayList<>();
    FileCounts total = new FileCounts("all", 0, 0, 0, 0, 0, 0);
    for (Path file : files) {
      FileCounts c = score(TimemlDocument.read(file), extractor, language);
      counts.add(c);
      total = total.plus(c);
    }
    return new TimexScores(total, counts);
  }

  static FileCounts score(TimemlDocument doc, TemporalExtractor extractor, String language) {
    List<TemporalExpression> system = extractor.extract(doc.text(), language, doc.creationDate());
    return compare(doc.name(), doc.gold(), system);
  }

  /** Pairs gold and system expressions one-to-one: exact spans first, then any overlap. */
  static FileCounts compare(String name, List<GoldTimex> gold, List<TemporalExpression> system) {
    boolean[] used = new boolean[system.size()];
    int strict = 0;
    int relaxed = 0;
    int type = 0;
    int value = 0;
    for (GoldTimex g : gold) {
      int k = pair(g, system, used);
      if (k < 0) {
        continue;
      }
      used[k] = true;
      TemporalExpression s = system.get(k);
      relaxed++;
      strict += s.start() == g.start() && s.end() == g.end() ? 1 : 0;
      type += s.type().name().equals(g.type()) ? 1 : 0;
      value += s.value().equals(g.value()) ? 1 : 0;
    }
    return new FileCounts(name, gold.size(), system.size(), strict, relaxed, type, value);
  }

  private static int pair(GoldTimex g, List<TemporalExpression> system, boolean[] used) {
    int overlapping = -1;
    for (int k = 0; k < system.size(); k++) {
      TemporalExpression s = system.get(k);
      if (used[k] || s.end() <= g.start() || s.start() >= g.end()) {
        continue;
      }
      if (s.start() == g.start() && s.end() == g.end()) {
        return k;
      }
      overlapping = overlapping < 0 ? k : overlapping;
    }
    return overlapping;
  }
}
