package io.newsetl.ingest.html;

import java.util.List;
import java.util.Optional;

/**
 * The article fields found in a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code
 * BlogPosting} and their subtypes). Values are trimmed; absent or blank values are empty.
 */
record JsonLdArticle(
    Optional<String> headline,
    List<String> authors,
    Optional<String> publisher,
    Optional<String> url,
    Optional<String> datePublished,
    Optional<String> articleBody) {

  static final JsonLdArticle NONE =
      new JsonLdArticle(
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  JsonLdArticle {
    authors = List.copyOf(authors);
  }
}
