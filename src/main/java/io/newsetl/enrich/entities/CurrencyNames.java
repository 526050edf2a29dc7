package io.newsetl.enrich.entities;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Arabic names of currencies (دولار, ريالا, اليورو, بالجنيه ...). The Arabic tagger learned from
 * ANERcorp, which labels them MISC, and also tags them as other classes (ريال after an amount as an
 * organization, يوان as a person); English news, and the English tagger, do not treat "dollar" as a
 * name, so a tagged name made only of them, of any class, is left out of the entities. A bare ريال
 * for Real Madrid goes with them: in 1,200 SaudiNewsNet articles, 77 of the 79 bare ريال the tagger
 * took for an organization were the currency. Matched on folded words, with or without a clitic
 * prefix. Stateless and thread-safe.
 */
final class CurrencyNames {

  private static final String NAMES =
      "دولار دولارا دولارات ريال ريالا ريالات يورو درهم درهما دراهم جنيه جنيها جنيهات"
          + " دينار دينارا دنانير ليرة ليرات ين إسترليني استرليني روبل روبلات يوان فرنك"
          + " فرنكات روبية روبيات بيزو";

  // each name with and without the article
  private static final ArabicWordSet WORDS = ArabicWordSet.of(NAMES + " " + withArticle(NAMES));

  private CurrencyNames() {}

  private static String withArticle(String names) {
    return Arrays.stream(names.split(" ")).map(w -> "ال" + w).collect(Collectors.joining(" "));
  }

  /** Whether every word of {@code surface} is the name of a currency; false when it has none. */
  static boolean only(String surface) {
    String[] words = surface.strip().split("\\s+");
    return !surface.isBlank() && Arrays.stream(words).allMatch(WORDS::contains);
  }
}
