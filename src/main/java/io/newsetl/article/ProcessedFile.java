package io.newsetl.article;

import java.util.List;
import java.util.Objects;

/**
 * Everything one input file produced: its articles, its rejects, and how many of its documents
 * belong to another archive date than the one being processed (left for that date's run).
 */
public record ProcessedFile(
    SourceFile file, List<Article> articles, List<Reject> rejects, int otherDate) {

  public ProcessedFile {
    Objects.requireNonNull(file, "file");
    articles = List.copyOf(articles);
    rejects = List.copyOf(rejects);
  }
}
