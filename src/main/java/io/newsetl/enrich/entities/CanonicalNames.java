package io.newsetl.enrich.entities;

import java.text.Normalizer;

/**
 * The canonical form of a name the knowledge base does not know: NFC, without Arabic diacritics and
 * tatweel, spaces collapsed, without surrounding punctuation or an English possessive.
 */
final class CanonicalNames {

  private CanonicalNames() {}

  static String of(String surface) {
    String text =
        Normalizer.normalize(surface, Normalizer.Form.NFC)
            .replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
            .replaceAll("\\s+", " ")
            .strip();
    text = text.replaceAll("^[\\p{Punct}“”‘’«»„]+|[\\p{Punct}“”‘’«»„]+$", "");
    text = text.replaceAll("['’]s$", "");
    return text.isEmpty() ? surface.strip() : text;
  }
}
