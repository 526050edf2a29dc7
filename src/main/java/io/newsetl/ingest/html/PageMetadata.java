package io.newsetl.ingest.html;

import io.newsetl.article.PublicationDate;
import java.util.List;
import java.util.Optional;

/**
 * The metadata of a page, each field from its most reliable source, plus the JSON-LD {@code
 * articleBody} when the page declares one (a hint for finding the body).
 */
record PageMetadata(
    Optional<String> title,
    List<String> authors,
    Optional<String> publisher,
    Optional<String> url,
    Optional<PublicationDate> published,
    Optional<String> language,
    Optional<String> articleBody) {

  PageMetadata {
    authors = List.copyOf(authors);
  }
}
