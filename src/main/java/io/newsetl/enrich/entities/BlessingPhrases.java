package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.NameNormalizer;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Arabic phrases of blessing that follow a name (رحمه الله, "God rest him"; حفظه الله, "God keep
 * him"; عليه السلام, "peace be upon him"). The Arabic tagger sometimes takes one, with its word
 * الله, for a person's name; a tagged name that is only such a phrase is left out of the entities.
 * Matched on folded words. Stateless and thread-safe.
 */
final class BlessingPhrases {

  private static final Set<String> PHRASES =
      Arrays.stream(
              new String[] {
                "رحمه الله",
                "رحمها الله",
                "رحمهم الله",
                "رحمهما الله",
                "يرحمه الله",
                "يرحمها الله",
                "يرحمهم الله",
                "غفر الله له",
                "حفظه الله",
                "حفظها الله",
                "حفظهم الله",
                "يحفظه الله",
                "يحفظها الله",
                "رعاه الله",
                "يرعاه الله",
                "أيده الله",
                "رضي الله عنه",
                "رضي الله عنها",
                "رضي الله عنهم",
                "عليه السلام",
                "عليها السلام",
                "عليهم السلام",
                "صلى الله عليه وسلم",
                "عز وجل",
                "سبحانه وتعالى",
                "جل جلاله"
              })
          .map(BlessingPhrases::folded)
          .collect(Collectors.toUnmodifiableSet());

  private BlessingPhrases() {}

  /** Whether {@code surface} is one of the phrases, whole. */
  static boolean is(String surface) {
    return PHRASES.contains(folded(surface));
  }

  private static String folded(String phrase) {
    return Arrays.stream(phrase.strip().split("\\s+"))
        .map(NameNormalizer::fold)
        .collect(Collectors.joining(" "));
  }
}
