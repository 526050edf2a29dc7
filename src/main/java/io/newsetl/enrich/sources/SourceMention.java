package io.newsetl.enrich.sources;

import java.util.Objects;
import java.util.Optional;

/**
 * One news organization found for an article.
 *
 * @param name the outlet's canonical name; for a publisher that is not in the catalog, the
 *     publisher as given
 * @param id the outlet id (Wikidata QID or project id), empty for an unknown publisher
 * @param role how the outlet relates to the article
 * @param text the words in the text that name it (without Arabic clitics such as "ل" in "لرويترز"),
 *     or the credit line for a credit recognized by its house style; for {@link
 *     SourceRole#PUBLISHER}, the metadata value
 * @param start offset of {@code text} in the article text, or -1 for {@link SourceRole#PUBLISHER}
 * @param end offset just after {@code text}, or -1 for {@link SourceRole#PUBLISHER}
 */
public record SourceMention(
    String name, Optional<String> id, SourceRole role, String text, int start, int end) {

  public SourceMention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    if (start > end || start < -1) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** False for a publisher from metadata, which has no position in the text. */
  public boolean inText() {
    return start >= 0;
  }
}
