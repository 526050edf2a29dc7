package io.newsetl.article;

import java.util.Objects;
import java.util.Optional;

/**
 * A news organization an article comes from or cites.
 *
 * @param name the organization's canonical name
 * @param id a stable identifier (a Wikidata QID where known)
 * @param role {@code publisher}, {@code dateline}, {@code credit} or {@code cited}
 * @param text the words in the text that name it
 * @param start offset in the article's text, or -1 when the evidence is metadata, not text
 * @param end offset after the mention (exclusive), or -1
 */
public record Source(
    String name, Optional<String> id, String role, String text, int start, int end) {

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    if (start != -1 || end != -1) {
      Spans.check(start, end);
    }
  }
}
