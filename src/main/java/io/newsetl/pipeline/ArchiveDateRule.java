package io.newsetl.pipeline;

import io.newsetl.article.PublicationDate;
import io.newsetl.article.SourceFile;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The archive date (partition) a document is filed under: the date in its path ({@code
 * …/2023/07/13/…} or {@code …/2023-07-13/…}), else the UTC date of its publication date, else the
 * UTC date of the file's modification time.
 */
public final class ArchiveDateRule {

  public LocalDate dateOf(SourceFile file, Optional<PublicationDate> published) {
    return file.pathDate()
        .or(() -> published.map(p -> LocalDate.ofInstant(p.instant(), ZoneOffset.UTC)))
        .orElseGet(() -> LocalDate.ofInstant(file.modifiedAt(), ZoneOffset.UTC));
  }
}
