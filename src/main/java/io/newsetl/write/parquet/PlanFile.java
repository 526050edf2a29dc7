package io.newsetl.write.parquet;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The text of a commit's plan file: what the build step published, one fact a line ({@code articles
 * 2024-01-31 120}, {@code rejects 2024-01-31 3}, {@code duplicates 4}, {@code files 2}, {@code
 * bytes 81234}). Its presence means every date's new folder is complete.
 */
final class PlanFile {

  private PlanFile() {}

  static String format(CommitResult result) {
    StringBuilder text = new StringBuilder();
    result.articlesPerDate().forEach((date, n) -> line(text, "articles " + date, n));
    result.rejectsPerDate().forEach((date, n) -> line(text, "rejects " + date, n));
    line(text, "duplicates", result.duplicatesMarked());
    line(text, "files", result.filesWritten());
    line(text, "bytes", result.bytesWritten());
    return text.toString();
  }

  /** The result a plan records; throws {@link IllegalArgumentException} on a malformed plan. */
  static CommitResult parse(String text) {
    SortedMap<LocalDate, Long> articles = new TreeMap<>();
    SortedMap<LocalDate, Long> rejects = new TreeMap<>();
    long duplicates = -1;
    long files = -1;
    long bytes = -1;
    for (String line : text.split("\n")) {
      String[] words = line.split(" ");
      switch (words[0]) {
        case "articles" -> articles.put(LocalDate.parse(words[1]), Long.parseLong(words[2]));
        case "rejects" -> rejects.put(LocalDate.parse(words[1]), Long.parseLong(words[2]));
        case "duplicates" -> duplicates = Long.parseLong(words[1]);
        case "files" -> files = Long.parseLong(words[1]);
        case "bytes" -> bytes = Long.parseLong(words[1]);
        default -> throw new IllegalArgumentException("not a plan line: " + line);
      }
    }
    if (duplicates < 0 || files < 0 || bytes < 0 || !articles.keySet().equals(rejects.keySet())) {
      throw new IllegalArgumentException("incomplete plan:\n" + text);
    }
    return new CommitResult(articles, rejects, duplicates, Math.toIntExact(files), bytes);
  }

  private static void line(StringBuilder text, String key, long value) {
    text.append(key).append(' ').append(value).append('\n');
  }
}
