package io.newsetl.enrich.published;

import io.newsetl.article.PublicationDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one document for dating it.
 *
 * @param metadata the date the document's own metadata gives, with its evidence label ({@code
 *     json-ld}, {@code open-graph}, {@code meta}, {@code time-element}, {@code metadata}, or {@code
 *     text} for a date a page states in its byline)
 * @param url the document's URL (canonical URL of a web page, or the address it was fetched from)
 * @param pathDate the archive date in the file's path
 * @param fileTime the file's modification time
 * @param text the cleaned article text, paragraphs separated by line breaks
 * @param language ISO 639-1 code of the text, or {@code und}; decides how ambiguous numeric dates
 *     read
 */
public record PublicationEvidence(
    Optional<PublicationDate> metadata,
    Optional<String> url,
    Optional<LocalDate> pathDate,
    Instant fileTime,
    String text,
    String language) {

  public PublicationEvidence {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(pathDate, "pathDate");
    Objects.requireNonNull(fileTime, "fileTime");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }
}
