package io.newsetl.enrich.entities.kb;

import java.util.Optional;

/**
 * A second written form for a Russian alias whose matching key loses what its inflected forms keep:
 * the name stemmer cuts a final vowel and м or х as a case ending ("Ираном" → "иран"), so "Газпром"
 * keys as "газпр" while "Газпрома", "Газпрому" and "Газпромом" key as "газпром". Written with the
 * genitive -а, the alias keys like them. Stateless.
 */
final class RussianForms {

  private RussianForms() {}

  /**
   * The genitive form to add for {@code alias}: when its last word keys shorter than itself but its
   * genitive keys as the whole word.
   */
  static Optional<String> stemKeeping(String alias) {
    String last = alias.substring(alias.lastIndexOf(' ') + 1);
    if (!NameNormalizer.isCyrillic(last)) {
      return Optional.empty();
    }
    String whole = NameNormalizer.fold(last);
    boolean cut =
        !NameNormalizer.key(last).equals(whole) && NameNormalizer.key(last + "а").equals(whole);
    return cut ? Optional.of(alias + "а") : Optional.empty();
  }
}
