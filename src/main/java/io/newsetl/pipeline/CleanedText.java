package io.newsetl.pipeline;

import io.newsetl.clean.LanguageGuess;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's title and body after cleaning, with the language of both.
 *
 * @param title the normalized title, empty when the document has none
 * @param text the normalized body, paragraphs separated by a blank line; never blank
 * @param language the language identified in title and body
 */
public record CleanedText(Optional<String> title, String text, LanguageGuess language) {

  public CleanedText {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }
}
