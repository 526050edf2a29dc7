package io.newsetl.enrich.entities;

import java.util.Optional;

/** The name taggers available, by language. Thread-safe. */
public interface NameTaggers {

  /** The tagger for an ISO 639-1 language code, or empty when none is available for it. */
  Optional<NameTagger> forLanguage(String language);

  /** No tagger for any language. */
  static NameTaggers none() {
    return language -> Optional.empty();
  }
}
