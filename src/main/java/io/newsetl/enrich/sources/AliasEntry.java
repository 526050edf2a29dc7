package io.newsetl.enrich.sources;

/**
 * One alias of an outlet as the matcher uses it.
 *
 * @param outlet the outlet it names
 * @param language the catalog column it comes from
 * @param text the alias as written in the catalog, without markers
 * @param folded the folded form that is matched
 * @param ambiguous true when the alias counts only with context (marker {@code ~})
 * @param caseSensitive true when the text must match the alias's case (marker {@code =})
 */
record AliasEntry(
    Outlet outlet,
    String language,
    String text,
    String folded,
    boolean ambiguous,
    boolean caseSensitive) {

  static AliasEntry parse(Outlet outlet, String language, String marked) {
    String rest = marked;
    boolean ambiguous = false;
    boolean caseSensitive = false;
    while (rest.startsWith("~") || rest.startsWith("=")) {
      ambiguous |= rest.charAt(0) == '~';
      caseSensitive |= rest.charAt(0) == '=';
      rest = rest.substring(1);
    }
    return new AliasEntry(outlet, language, rest, FoldedText.fold(rest), ambiguous, caseSensitive);
  }

  /** True when the original text span has the case this alias requires. */
  boolean caseMatches(String surface) {
    if (!caseSensitive) {
      return true;
    }
    String written = FoldedText.stripMarks(surface).replaceAll("\\s+", " ");
    return written.equals(FoldedText.stripMarks(text));
  }

  /** True for an alias in Arabic script, which may carry clitics in the text. */
  boolean arabic() {
    return !folded.isEmpty() && folded.charAt(0) >= 0x0600 && folded.charAt(0) <= 0x06FF;
  }
}
