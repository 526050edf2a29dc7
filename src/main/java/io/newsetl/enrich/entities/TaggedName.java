package io.newsetl.enrich.entities;

/**
 * A name found by a {@link NameTagger}.
 *
 * @param start offset of the first character in the tagged text
 * @param end offset after the last character (exclusive)
 * @param nameClass the coarse class of the name
 * @param confidence the tagger's probability for this span, 0 to 1
 */
public record TaggedName(int start, int end, NameClass nameClass, double confidence) {

  public TaggedName {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (nameClass == null) {
      throw new IllegalArgumentException("a tagged name needs a class");
    }
  }
}
