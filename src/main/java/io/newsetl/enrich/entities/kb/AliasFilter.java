package io.newsetl.enrich.entities.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which aliases a stretch of text may be: adjectives and demonyms only in their own language and
 * not inside a longer capitalized name ("Deutsche Bank", "Guild-American Federation"),
 * case-sensitive aliases only with their exact letters, capitalized names not in lower case,
 * whole-word aliases not after a clitic prefix, and in English, French, Spanish or German text not
 * the aliases of the other three of those languages.
 */
final class AliasFilter {

  /**
   * The knowledge base's languages written in Latin script: in a text of one of them, the aliases
   * of the others do not count (German "Island" is Iceland, French "Maurice" Mauritius), since each
   * has its own aliases; names in another script (Latin names in Arabic text) still do.
   */
  private static final Set<String> LATIN_SCRIPT = Set.of("en", "fr", "es", "de");

  private AliasFilter() {}

  /**
   * The aliases the text from {@code start} to {@code end} may be; {@code afterClitic}: the text's
   * word has a clitic prefix before {@code start}.
   */
  static List<KbAlias> accepted(
      List<KbAlias> aliases,
      String text,
      int start,
      int end,
      String language,
      boolean afterClitic) {
    List<KbAlias> accepted = new ArrayList<>(aliases.size());
    for (KbAlias alias : aliases) {
      if (!(afterClitic && alias.wholeWord()) && accepts(alias, text, start, end, language)) {
        accepted.add(alias);
      }
    }
    return accepted;
  }

  private static boolean accepts(KbAlias alias, String text, int start, int end, String language) {
    if (!alias.language().equals(language)
        && LATIN_SCRIPT.contains(alias.language())
        && LATIN_SCRIPT.contains(language)) {
      return false;
    }
    if (alias.nationality()
        && (!alias.language().equals(language) || insideName(text, start, end))) {
      return false;
    }
    if (alias.caseSensitive()) {
      return letters(text.substring(start, end)).equals(letters(alias.text()));
    }
    char first = alias.text().charAt(0);
    return !(Character.isUpperCase(first) && Character.isLowerCase(text.charAt(start)));
  }

  private static boolean insideName(String text, int start, int end) {
    if (start > 1 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
      return true;
    }
    int next = end;
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '-')) {
      next++;
    }
    return next > end && next < text.length() && Character.isUpperCase(text.charAt(next));
  }

  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
