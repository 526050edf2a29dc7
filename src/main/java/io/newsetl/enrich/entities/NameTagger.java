package io.newsetl.enrich.entities;

import java.util.List;

/**
 * Finds open-class names (people, organizations, places, other names) in a text with a statistical
 * model, for one language.
 *
 * <p>Implementations are thread-safe.
 */
public interface NameTagger {

  /**
   * The names in {@code text}, in text order and not overlapping; an empty list when there are
   * none. Offsets are character offsets into {@code text}.
   */
  List<TaggedName> tag(String text);
}
