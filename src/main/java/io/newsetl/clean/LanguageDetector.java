package io.newsetl.clean;

import java.lang.Character.UnicodeScript;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies the language of a text: English, Arabic, French, Spanish, German, Russian and Chinese,
 * and some fifty others.
 *
 * <p>The writing system decides first. Text dominated by Han characters is Chinese, or Japanese
 * when kana make up a twentieth of it; Hangul is Korean; Greek, Hebrew, Thai and the Indic,
 * Caucasian and Southeast Asian scripts each name their language. Arabic-script text without
 * letters beyond the Arabic alphabet is Arabic, and Cyrillic text with ы or э and no letters beyond
 * the Russian alphabet is Russian, however short. Other Latin, Cyrillic, Arabic and Devanagari
 * texts go to character n-gram models limited to the languages of that script. Only the first
 * 10,000 characters are examined, and only the first {@value #MODEL_CHARS} by the n-gram models.
 *
 * <p>Confidence is lower for short texts (a headline rarely reaches {@link #WEAK}), so that a
 * declared language can settle them: see {@link #detect(String, Optional)}. Returns {@code und}
 * with confidence 0 for text without letters, or with fewer than three letters of a script that
 * needs the n-gram models.
 *
 * <p>Thread-safe; each script's language profiles load on the first text of that script (up to a
 * second and 20 MB of heap for all of them), so share one instance.
 */
public final class LanguageDetector {

  /** Below this confidence a compatible declared language replaces the detected one. */
  public static final double WEAK = 0.8;

  /** How much a declared language is believed on its own. */
  public static final double HINT_WEIGHT = 0.6;

  /** Fewer letters than this, such as the T and Z of a timestamp, say nothing about a language. */
  private static final int MIN_MODEL_LETTERS = 3;

  /** Letters of a script after which n-gram evidence counts in full. */
  private static final int FULL_EVIDENCE_LETTERS = 60;

  /**
   * Characters of the text, from its start, that the n-gram models read. The models' cost grows
   * with the text; a few paragraphs decide the language as well as the whole article.
   */
  static final int MODEL_CHARS = 2_000;

  private final NgramLanguageModels models = new NgramLanguageModels();
  private final int modelChars;

  public LanguageDetector() {
    this(MODEL_CHARS);
  }

  /** A detector whose n-gram models read at most {@code modelChars} characters of a text. */
  LanguageDetector(int modelChars) {
    this.modelChars = modelChars;
  }

  /** The language of {@code text}. */
  public LanguageGuess detect(String text) {
    Objects.requireNonNull(text, "text");
    return detect(text, ScriptProfile.of(text));
  }

  /**
   * The language of {@code text}, helped by the language its document declares ({@code <html
   * lang>}, {@code Content-Language}, metadata) as a tag like {@code en}, {@code en-US} or {@code
   * ara}. When detection agrees, its confidence rises. When detection is weak (below {@link #WEAK})
   * and the declared language is written in the text's script, the declared language wins with
   * confidence {@link #HINT_WEIGHT}. Otherwise the detected language stands: a declaration that
   * contradicts clear evidence, such as {@code lang="en"} on an Arabic page, is ignored.
   */
  public LanguageGuess detect(String text, Optional<String> hint) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hint, "hint");
    ScriptProfile profile = ScriptProfile.of(text);
    LanguageGuess detected = detect(text, profile);
    Optional<String> declared = hint.flatMap(LanguageScripts::isoCode);
    if (declared.isEmpty()) {
      return detected;
    }
    String language = declared.get();
    if (language.equals(detected.language())) {
      double combined = 1 - (1 - detected.confidence()) * (1 - HINT_WEIGHT);
      return new LanguageGuess(language, combined);
    }
    boolean compatible =
        profile.total() == 0 || LanguageScripts.writes(language, profile.dominant());
    return detected.confidence() < WEAK && compatible
        ? new LanguageGuess(language, HINT_WEIGHT)
        : detected;
  }

  private LanguageGuess detect(String text, ScriptProfile profile) {
    if (profile.total() == 0) {
      return LanguageGuess.undetermined();
    }
    UnicodeScript script = profile.dominant();
    double scriptConfidence = profile.share() * Math.min(0.99, 0.5 + profile.total() / 10.0);
    if (script == UnicodeScript.HAN) {
      return new LanguageGuess(isJapanese(profile) ? "ja" : "zh", scriptConfidence);
    }
    if (script == UnicodeScript.ARABIC && profile.extendedArabic() == 0) {
      return new LanguageGuess("ar", scriptConfidence);
    }
    if (script == UnicodeScript.CYRILLIC && isRussian(profile)) {
      return new LanguageGuess("ru", scriptConfidence);
    }
    Optional<String> single = LanguageScripts.singleLanguage(script);
    if (single.isPresent()) {
      return new LanguageGuess(single.get(), scriptConfidence);
    }
    boolean enough = profile.count(script) >= MIN_MODEL_LETTERS;
    return enough && models.covers(script)
        ? fromModel(text, profile, script)
        : LanguageGuess.undetermined();
  }

  /** The start of the text, cut before a word that would cross {@link #modelChars}. */
  private String prefix(String text) {
    if (text.length() <= modelChars) {
      return text;
    }
    int end = modelChars;
    while (end > modelChars / 2 && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    if (end <= modelChars / 2) {
      end = Character.isHighSurrogate(text.charAt(modelChars - 1)) ? modelChars - 1 : modelChars;
    }
    return text.substring(0, end);
  }

  /** Japanese writes grammar in kana; a stray kana in Chinese text is not enough. */
  private static boolean isJapanese(ScriptProfile profile) {
    return profile.kana() > 0 && profile.kana() * 20 >= profile.count(UnicodeScript.HAN);
  }

  private static boolean isRussian(ScriptProfile profile) {
    return profile.extendedCyrillic() == 0 && profile.russianOnly() > 0;
  }

  private LanguageGuess fromModel(String text, ScriptProfile profile, UnicodeScript script) {
    // Cyrillic text within the Russian alphabet and without ы or э is Russian or Bulgarian
    Set<String> candidates =
        script == UnicodeScript.CYRILLIC && profile.extendedCyrillic() == 0
            ? Set.of("ru", "bg")
            : Set.of();
    double evidence =
        Math.sqrt(Math.min(1.0, profile.count(script) / (double) FULL_EVIDENCE_LETTERS));
    return models
        .best(script, prefix(text), candidates)
        .map(g -> new LanguageGuess(g.language(), g.confidence() * profile.share() * evidence))
        .orElseGet(LanguageGuess::undetermined);
  }
}
