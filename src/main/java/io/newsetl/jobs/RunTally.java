package io.newsetl.jobs;

import io.newsetl.article.Article;
import io.newsetl.article.ProcessedFile;
import io.newsetl.article.Reject;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counters of a process step: files, bytes, articles by format and language, rejects by reason,
 * documents left for other dates. Kept in the step's execution context, so they are saved with
 * every chunk and survive a restart. Not thread-safe: one writer updates it.
 */
final class RunTally {

  static final String PREFIX = "tally.";
  static final String FILES = "files";
  static final String BYTES = "bytes";
  static final String ARTICLES = "articles";
  static final String REJECTS = "rejects";
  static final String OTHER_DATE = "otherDate";
  static final String FORMAT = "format.";
  static final String LANGUAGE = "lang.";
  static final String REASON = "reason.";

  private final Map<String, Long> counts = new TreeMap<>();

  void add(ProcessedFile file) {
    increment(FILES, 1);
    increment(BYTES, Math.max(0, file.file().size()));
    increment(OTHER_DATE, file.otherDate());
    for (Article article : file.articles()) {
      increment(ARTICLES, 1);
      increment(FORMAT + article.mediaType(), 1);
      increment(LANGUAGE + article.language(), 1);
    }
    for (Reject reject : file.rejects()) {
      increment(REJECTS, 1);
      increment(REASON + reject.reason().label(), 1);
    }
  }

  long get(String key) {
    return counts.getOrDefault(key, 0L);
  }

  /** Counters whose key starts with the prefix, keyed by the rest of the key. */
  Map<String, Long> group(String prefix) {
    Map<String, Long> group = new TreeMap<>();
    counts.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            group.put(key.substring(prefix.length()), value);
          }
        });
    return group;
  }

  void merge(RunTally other) {
    other.counts.forEach(this::increment);
  }

  void into(ExecutionContext context) {
    counts.forEach((key, value) -> context.putLong(PREFIX + key, value));
  }

  static RunTally from(ExecutionContext context) {
    RunTally tally = new RunTally();
    for (Map.Entry<String, Object> entry : context.entrySet()) {
      if (entry.getKey().startsWith(PREFIX) && entry.getValue() instanceof Long value) {
        tally.counts.put(entry.getKey().substring(PREFIX.length()), value);
      }
    }
    return tally;
  }

  private void increment(String key, long by) {
    if (by != 0) {
      counts.merge(key, by, Long::sum);
    }
  }
}
