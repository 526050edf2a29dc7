package io.newsetl.article;

import java.util.Objects;
import java.util.Optional;

/**
 * A named entity mentioned in an article's text.
 *
 * @param text the words in the text, exactly as written there
 * @param type the coarse type: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code
 *     MISC}
 * @param fineType a finer type ({@code COUNTRY}, {@code CITY}, {@code COMPANY}, {@code
 *     NEWS_AGENCY}, {@code GOVERNMENT_BODY}, ...), or the coarse type when nothing finer is known
 * @param start offset of the mention in the article's text
 * @param end offset after the mention (exclusive)
 * @param canonical the entity's name in English where known, else a normalized form of the text;
 *     the same for every mention of one entity in the article
 * @param id a stable identifier (a Wikidata QID where known, else a project id), empty when the
 *     entity is not in the knowledge base
 * @param confidence how sure the extractor is of the mention, 0 to 1
 */
public record Entity(
    String text,
    String type,
    String fineType,
    int start,
    int end,
    String canonical,
    Optional<String> id,
    double confidence) {

  public Entity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fineType, "fineType");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(id, "id");
    Spans.check(start, end);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }
}
