package io.newsetl.enrich.entities;

import java.util.Objects;
import java.util.Optional;

/**
 * A named entity found in a text.
 *
 * @param text the words as written in the text
 * @param start offset in the text
 * @param end offset after the mention (exclusive)
 * @param type the coarse class
 * @param fineType the knowledge-base type ({@code COUNTRY}, {@code COMPANY}...), else the coarse
 *     class
 * @param canonical the English name of the linked entity, else a normalized form of the text; the
 *     same for every mention of one entity in the text
 * @param id the knowledge-base id, empty when the entity is not linked
 * @param confidence 0 to 1: the tagger's probability, or a constant by kind of knowledge-base match
 */
public record EntityMention(
    String text,
    int start,
    int end,
    NameClass type,
    String fineType,
    String canonical,
    Optional<String> id,
    double confidence) {

  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fineType, "fineType");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(id, "id");
  }

  /** The same mention naming the entity of {@code other}, with its class and type. */
  EntityMention sameEntityAs(EntityMention other) {
    return new EntityMention(
        text, start, end, other.type, other.fineType, other.canonical, other.id, confidence);
  }

  /** The same mention naming another entity. */
  EntityMention linkedTo(String otherCanonical, Optional<String> otherId, String otherFineType) {
    return new EntityMention(
        text, start, end, type, otherFineType, otherCanonical, otherId, confidence);
  }
}
