package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameTagger;
import io.newsetl.enrich.entities.NameTaggers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name taggers shipped with the product: English and Arabic models read from the classpath
 * ({@code io/newsetl/enrich/entities/tagger/ner-<lang>.bin.gz}) on first use of each language,
 * once, then shared. Thread-safe. Empty for other languages; a shipped model that cannot be read is
 * an {@link UncheckedIOException}.
 */
public final class BundledNameTaggers implements NameTaggers {

  /** The languages with a shipped model. */
  public static final Set<String> LANGUAGES = java.util.Set.of("en", "ar");

  private final Map<String, NameTagger> loaded = new ConcurrentHashMap<>();

  @Override
  public Optional<NameTagger> forLanguage(String language) {
    if (language == null || !LANGUAGES.contains(language)) {
      return Optional.empty();
    }
    return Optional.of(
        loaded.computeIfAbsent(language, l -> new StatisticalNameTagger(model(l).forTagging())));
  }

  /**
   * The shipped model of a language.
   *
   * @throws IllegalArgumentException when no model ships for it
   * @throws UncheckedIOException when it cannot be read
   */
  public static TaggerModel model(String language) {
    String resource = "ner-" + language + ".bin.gz";
    try (InputStream in = BundledNameTaggers.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no shipped name-tagging model for " + language);
      }
      return TaggerModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped model " + resource, e);
    }
  }
}
