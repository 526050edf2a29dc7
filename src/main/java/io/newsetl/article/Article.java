package io.newsetl.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the articles dataset: a cleaned article with its metadata.
 *
 * @param id stable identifier, the same on every run over the same input
 * @param ref the file and member it comes from
 * @param uri the file's full location
 * @param mediaType detected media type
 * @param charset character set the text was decoded with, for text formats
 * @param title title, normalized
 * @param authors authors
 * @param publisher site or paper
 * @param url canonical URL
 * @param published publication date and its evidence
 * @param language ISO 639-1 code, or {@code und} when unknown
 * @param languageConfidence confidence of the language identification, 0 to 1
 * @param text normalized body text, paragraphs separated by a blank line
 * @param wordCount number of words in {@code text}
 * @param textSha256 lower-case hex SHA-256 of the UTF-8 bytes of {@code text}
 * @param archiveDate the partition the article is filed under
 * @param enrichment temporal expressions, sources and quotes found in {@code text}
 */
public record Article(
    ArticleId id,
    DocumentRef ref,
    String uri,
    String mediaType,
    Optional<String> charset,
    Optional<String> title,
    List<String> authors,
    Optional<String> publisher,
    Optional<String> url,
    Optional<PublicationDate> published,
    String language,
    double languageConfidence,
    String text,
    int wordCount,
    String textSha256,
    LocalDate archiveDate,
    Enrichment enrichment) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(textSha256, "textSha256");
    Objects.requireNonNull(archiveDate, "archiveDate");
    Objects.requireNonNull(enrichment, "enrichment");
  }

  /** An article before enrichment. */
  public Article(
      ArticleId id,
      DocumentRef ref,
      String uri,
      String mediaType,
      Optional<String> charset,
      Optional<String> title,
      List<String> authors,
      Optional<String> publisher,
      Optional<String> url,
      Optional<PublicationDate> published,
      String language,
      double languageConfidence,
      String text,
      int wordCount,
      String textSha256,
      LocalDate archiveDate) {
    this(
        id,
        ref,
        uri,
        mediaType,
        charset,
        title,
        authors,
        publisher,
        url,
        published,
        language,
        languageConfidence,
        text,
        wordCount,
        textSha256,
        archiveDate,
        Enrichment.none());
  }

  /** The same article with what enrichment found. */
  public Article withEnrichment(Enrichment found) {
    return new Article(
        id,
        ref,
        uri,
        mediaType,
        charset,
        title,
        authors,
        publisher,
        url,
        published,
        language,
        languageConfidence,
        text,
        wordCount,
        textSha256,
        archiveDate,
        found);
  }
}
