package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameTagger;
import io.newsetl.enrich.entities.NameTaggers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Name taggers read from model files that {@code train-ner} wrote, one per language, in front of
 * other taggers (the shipped ones) for the languages without a file: a model trained on a larger or
 * licensed corpus, or with word clusters from one's own archive ({@code train-ner --unlabeled}),
 * replaces the shipped model of its language. Every file is read when this is built, so that a
 * missing, unreadable or mismatched file stops a run before it starts. Thread-safe.
 */
public final class ModelFileNameTaggers implements NameTaggers {

  private final Map<String, NameTagger> byLanguage = new HashMap<>();
  private final NameTaggers others;

  /**
   * Taggers of the model files, by the ISO 639-1 code of their language, and {@code others} for the
   * languages without one.
   *
   * @throws IllegalArgumentException when a file's model is for another language
   * @throws UncheckedIOException when a file cannot be read as a model
   */
  public ModelFileNameTaggers(Map<String, Path> files, NameTaggers others) {
    this.others = others;
    files.forEach((language, file) -> byLanguage.put(language, tagger(language, file)));
  }

  private static NameTagger tagger(String language, Path file) {
    TaggerModel model;
    try (InputStream in = Files.newInputStream(file)) {
      model = TaggerModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name-tagging model " + file, e);
    }
    if (!model.language().equals(language)) {
      throw new IllegalArgumentException(
          "the name-tagging model " + file + " is for " + model.language() + ", not " + language);
    }
    return new StatisticalNameTagger(model.forTagging());
  }

  @Override
  public Optional<NameTagger> forLanguage(String language) {
    NameTagger tagger = language == null ? null : byLanguage.get(language);
    return tagger != null ? Optional.of(tagger) : others.forLanguage(language);
  }
}
