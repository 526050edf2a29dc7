package io.newsetl.enrich.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tagged person's name that a knowledge-base person name overlaps from the left: the knowledge
 * base names the person with a title before the name and stops inside the tagged words ("الملك
 * سلمان بن عبدالعزيز" in "الملك سلمان بن عبدالعزيز آل سعود", tagged "سلمان بن عبدالعزيز آل سعود").
 * When the tagged words after the knowledge-base name go on with a name connector (بن, آل, bin, Al
 * ...), they are the rest of the same person's name; otherwise the tagger ran past the name into
 * the next word ("الملك فهد بفتح", tagged "فهد بفتح") and the knowledge-base name stands.
 * Stateless.
 */
final class TitledNames {

  private static final Set<String> CONNECTORS =
      Set.of("بن", "ابن", "بنت", "آل", "bin", "ibn", "bint", "ben", "Al", "al");

  private TitledNames() {}

  /**
   * The knowledge-base person name that starts before the tagged person's name and ends inside it
   * at the end of a word, if any.
   */
  static Optional<LinkedMatch> titledStart(String text, TaggedName name, List<LinkedMatch> linked) {
    if (name.nameClass() != NameClass.PERSON) {
      return Optional.empty();
    }
    return linked.stream()
        .filter(m -> m.nameClass() == NameClass.PERSON)
        .filter(m -> m.start() < name.start() && m.end() > name.start() && m.end() < name.end())
        .filter(m -> Character.isWhitespace(text.charAt(m.end())))
        .findFirst();
  }

  /** True when the tagged words after {@code match} begin with a name connector. */
  static boolean continuesName(String text, TaggedName name, LinkedMatch match) {
    String rest = text.substring(match.end(), name.end()).strip();
    int space = rest.indexOf(' ');
    return CONNECTORS.contains(space < 0 ? rest : rest.substring(0, space));
  }
}
