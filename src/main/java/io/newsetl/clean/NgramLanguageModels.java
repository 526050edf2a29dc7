package io.newsetl.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Character n-gram models (the profiles shipped in the language-detector library) for the languages
 * that share a script. One model per script keeps the candidates few, which makes short texts more
 * reliable and detection faster than one model over every language.
 */
final class NgramLanguageModels {

  static final Map<UnicodeScript, List<String>> LANGUAGES =
      Map.of(
          UnicodeScript.LATIN,
          List.of(
              "en", "fr", "es", "de", "it", "pt", "nl", "pl", "tr", "sv", "da", "no", "fi", "cs",
              "sk", "hu", "ro", "hr", "sl", "id", "ms", "vi", "tl", "ca", "sq", "lt", "lv", "et",
              "sw", "af", "eu", "gl", "cy", "ga", "is"),
          UnicodeScript.CYRILLIC,
          List.of("ru", "uk", "bg", "mk", "sr", "be"),
          UnicodeScript.ARABIC,
          List.of("ar", "fa", "ur"),
          UnicodeScript.DEVANAGARI,
          List.of("hi", "mr", "ne"));

  /** Fixed, so that the same text always gets the same answer. */
  private static final long SEED = 41L;

  private final Map<UnicodeScript, com.optimaize.langdetect.LanguageDetector> models =
      new ConcurrentHashMap<>();
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  // A script's profiles load on its first text, so a run without Cyrillic text never reads them.
  private com.optimaize.langdetect.LanguageDetector model(UnicodeScript script) {
    return models.computeIfAbsent(script, s -> load(LANGUAGES.get(s)));
  }

  private static com.optimaize.langdetect.LanguageDetector load(List<String> languages) {
    try {
      List<LdLocale> locales = languages.stream().map(LdLocale::fromString).toList();
      return LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readBuiltIn(locales))
          .probabilityThreshold(0)
          .seed(SEED)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("language profiles missing from the classpath", e);
    }
  }

  boolean covers(UnicodeScript script) {
    return LANGUAGES.containsKey(script);
  }

  /**
   * The most probable language among {@code candidates} (all of the script's languages when empty),
   * with its probability renormalized over the candidates; empty when the text has no usable
   * n-grams.
   */
  Optional<LanguageGuess> best(UnicodeScript script, String text, Set<String> candidates) {
    List<DetectedLanguage> ranked = model(script).getProbabilities(texts.forText(text));
    double total = 0;
    DetectedLanguage best = null;
    for (DetectedLanguage detected : ranked) {
      if (candidates.isEmpty() || candidates.contains(detected.getLocale().getLanguage())) {
        total += detected.getProbability();
        if (best == null || detected.getProbability() > best.getProbability()) {
          best = detected;
        }
      }
    }
    if (best == null || total <= 0) {
      return Optional.empty();
    }
    double probability = Math.min(1, best.getProbability() / total);
    return Optional.of(new LanguageGuess(best.getLocale().getLanguage(), probability));
  }
}
