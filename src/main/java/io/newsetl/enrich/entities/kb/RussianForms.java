package io.newsetl.enrich.entities.kb;

import java.util.Optional;

/**
 * A second written form for a Russian alias whose last word ends in a vowel and м or х (Газпром,
 * Вифлеем): the name stemmer cuts that ending as a case ending ("Ираном" → "иран"), so the alias's
 * own stem ("газпр") misses its inflected forms ("Газпрома", "Газпрому", "Газпромом" → "газпром").
 * Written with the genitive -а, the alias stems like them. Stateless.
 */
final class RussianForms {

  private static final String VOWELS = "аеёиоуыэюя";

  private RussianForms() {}

  /** The genitive form to add for {@code alias}, if its stem loses a final м or х. */
  static Optional<String> stemKeeping(String alias) {
    int space = alias.lastIndexOf(' ');
    String last = alias.substring(space + 1);
    int n = last.length();
    if (n <= 4 || !NameNormalizer.isCyrillic(last)) {
      return Optional.empty();
    }
    char end = Character.toLowerCase(last.charAt(n - 1));
    char before = Character.toLowerCase(last.charAt(n - 2));
    return (end == 'м' || end == 'х') && VOWELS.indexOf(before) >= 0
        ? Optional.of(alias + "а")
        : Optional.empty();
  }
}
