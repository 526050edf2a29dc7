package io.newsetl.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries (a paragraph, a heading, a list item, or the loose
 * text of a {@code div}), with the block element that holds it.
 *
 * @param owner the nearest block-level element around the text
 * @param text the text, whitespace collapsed, line breaks from {@code <br>} kept
 * @param linkChars how many of its characters are inside links
 * @param leadingLinkChars how many characters of link text open the block, before any other text
 * @param stats the text's measures
 */
record TextBlock(Element owner, String text, int linkChars, int leadingLinkChars, TextStats stats) {

  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /**
   * Opens with a linked headline (a link of some length that does not end a sentence) followed by
   * more text: the shape of a teaser.
   */
  boolean startsWithHeadlineLink() {
    if (leadingLinkChars < 15
        || leadingLinkChars < 0.15 * text.length()
        || leadingLinkChars >= text.length()) {
      return false;
    }
    // the headline's own text and the mark right after it: "Headline." opens a sentence instead
    String opening = text.substring(0, leadingLinkChars + 1).strip();
    return TextStats.of(opening).sentenceEnds() == 0 && !opening.endsWith(":");
  }
}
