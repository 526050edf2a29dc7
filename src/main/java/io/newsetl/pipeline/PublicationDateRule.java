package io.newsetl.pipeline;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.SourceFile;
import io.newsetl.enrich.published.PublicationEvidence;
import io.newsetl.enrich.published.PublishedDateResolver;
import java.util.Optional;

/**
 * The publication date of a document ({@code published_at} and {@code published_at_source}): the
 * document's metadata, its URL, the file's path date and modification time and the cleaned text,
 * weighed by {@link PublishedDateResolver}. Thread-safe.
 */
public final class PublicationDateRule {

  private final PublishedDateResolver resolver;

  public PublicationDateRule() {
    this(new PublishedDateResolver());
  }

  public PublicationDateRule(PublishedDateResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * The publication date, or empty when there is no evidence for one.
   *
   * @param text the cleaned text, empty when nothing was left after cleaning
   * @param language the text's ISO 639-1 code, or {@code und}
   */
  public Optional<PublicationDate> dateOf(
      ParsedDocument doc, SourceFile file, String text, String language) {
    return resolver.resolve(
        new PublicationEvidence(
            doc.published(), doc.url(), file.pathDate(), file.modifiedAt(), text, language));
  }
}
