package io.newsetl.enrich.entities.kb;

/**
 * One name of an entity as the matcher uses it.
 *
 * @param entity the entity it names
 * @param language the ISO 639-1 language it is written for
 * @param text the alias as written, without markers
 * @param nationality true for an adjective or demonym ("Chinese"): matched in its own language only
 * @param ambiguous true when it counts only with other evidence of the entity in the article
 * @param caseSensitive true when the text must have the alias's exact letters and case
 * @param wholeWord true when an Arabic alias counts only without a clitic prefix on its first word
 *     (آبل, Apple, is not the ابل of كابل, Kabul)
 */
public record KbAlias(
    KbEntity entity,
    String language,
    String text,
    boolean nationality,
    boolean ambiguous,
    boolean caseSensitive,
    boolean wholeWord) {

  /** Parses an alias with its markers ({@code @}, {@code ~}, {@code =}, {@code !}). */
  static KbAlias parse(KbEntity entity, String language, String marked) {
    String rest = marked.strip();
    boolean nationality = false;
    boolean ambiguous = false;
    boolean caseSensitive = false;
    boolean wholeWord = false;
    while (!rest.isEmpty() && "@~=!".indexOf(rest.charAt(0)) >= 0) {
      nationality |= rest.charAt(0) == '@';
      ambiguous |= rest.charAt(0) == '~';
      caseSensitive |= rest.charAt(0) == '=';
      wholeWord |= rest.charAt(0) == '!';
      rest = rest.substring(1);
    }
    return new KbAlias(entity, language, rest, nationality, ambiguous, caseSensitive, wholeWord);
  }

  /** This alias written another way (an inflected or generated form), with the same markers. */
  KbAlias withText(String form) {
    return new KbAlias(entity, language, form, nationality, ambiguous, caseSensitive, wholeWord);
  }

  /** The fine type a mention through this alias gets. */
  public EntityType mentionType() {
    return nationality ? EntityType.NATIONALITY : entity.type();
  }
}
