package io.newsetl.cli;

import io.newsetl.jobs.FirstArticleClock;
import io.newsetl.jobs.RunSummary;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a run summary for people: what was read, written, rejected, and how fast. */
final class SummaryPrinter {

  private final PrintStream out;

  SummaryPrinter(PrintStream out) {
    this.out = out;
  }

  void print(RunSummary s) {
    out.printf(Locale.ROOT, "run %s (%s) %s%n", s.run(), "date " + s.date(), s.status());
    out.printf(Locale.ROOT, "  input     %s%n  output    %s%n", s.input(), s.output());
    out.printf(
        Locale.ROOT,
        "  files     %,d seen, %,d processed, %.1f MB%n",
        s.filesPlanned(),
        s.filesProcessed(),
        s.bytesRead() / 1e6);
    out.printf(
        Locale.ROOT,
        "  articles  %,d written, %,d marked duplicate%n",
        s.articles(),
        s.duplicates());
    out.printf(Locale.ROOT, "  rejected  %,d%s%n", s.rejects(), breakdown(s.rejectsByReason()));
    if (s.otherDate() > 0) {
      out.printf(
          Locale.ROOT,
          "  other dates  %,d documents belong to other archive dates%n",
          s.otherDate());
    }
    out.printf(Locale.ROOT, "  formats   %s%n", list(s.articlesByFormat()));
    out.printf(Locale.ROOT, "  languages %s%n", list(s.articlesByLanguage()));
    out.printf(
        Locale.ROOT, "  parquet   %,d files, %.1f MB%n", s.parquetFiles(), s.parquetBytes() / 1e6);
    out.printf(
        Locale.ROOT,
        "  time      %.1f s, %.1f files/s, %.1f articles/s%n",
        s.duration().toMillis() / 1000.0,
        s.filesPerSecond(),
        s.articlesPerSecond());
  }

  /** Prints how long this process took from JVM start to its first article. */
  void printStartUp(FirstArticleClock.StartUp firstArticle) {
    out.printf(
        Locale.ROOT,
        "  start-up  first article %.1f s after JVM start, %.1f CPU-s%n",
        firstArticle.wall().toMillis() / 1000.0,
        firstArticle.cpu().toMillis() / 1000.0);
  }

  private static String breakdown(Map<String, Long> counts) {
    return counts.isEmpty() ? "" : " (" + list(counts) + ")";
  }

  private static String list(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "-";
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
