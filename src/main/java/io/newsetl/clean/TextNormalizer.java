package io.newsetl.clean;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * Normalizes extracted article text into clean paragraphs.
 *
 * <p>Characters: the result is in Unicode NFC; control characters other than line breaks,
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF), bidi marks and embeddings (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069, U+061C), soft hyphens and the Arabic tatweel are removed; every run
 * of spaces (tabs, no-break and other Unicode spaces included) becomes one space.
 *
 * <p>Layout: lines are trimmed and paragraphs are separated by exactly one blank line, with no
 * blank line before the first or after the last. A blank line always ends a paragraph. Consecutive
 * lines are separate paragraphs too, unless the text is hard-wrapped (most lines close to one width
 * between 40 and 110 columns, CJK characters counting two): then a line joins the previous one when
 * that one was broken for lack of room or when it continues in lower case, while list items, newly
 * indented lines and lines after a CJK full stop start a paragraph. A word hyphenated across a line
 * break ({@code inter-}/{@code national}) is joined in any text, but only when the next line starts
 * in lower case; a compound keeps its hyphen ({@code year-on-}/{@code year}). Joined CJK lines get
 * no space between them. No non-blank line is ever dropped.
 *
 * <p>Stateless and thread-safe. Returns the empty string for blank input; throws {@link
 * NullPointerException} for {@code null}.
 */
public final class TextNormalizer {

  /** Normalizes one text; line breaks and blank lines carry its layout. */
  public String normalize(String text) {
    Objects.requireNonNull(text, "text");
    String cleaned = CharacterCleaner.clean(text);
    String composed = Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    return String.join("\n\n", LineReflower.paragraphs(composed));
  }

  /**
   * Normalizes text blocks, such as the paragraphs of an HTML page. Blocks are separated by a blank
   * line, so a block never merges with its neighbours.
   */
  public String normalize(List<String> blocks) {
    Objects.requireNonNull(blocks, "blocks");
    return normalize(String.join("\n\n", blocks));
  }
}
