package io.newsetl.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries (a paragraph, a heading, a list item, or the loose
 * text of a {@code div}), with the block element that holds it.
 *
 * @param owner the nearest block-level element around the text
 * @param text the text, whitespace collapsed, line breaks from {@code <br>} kept
 * @param linkChars how many of its characters are inside links
 * @param stats the text's measures
 */
record TextBlock(Element owner, String text, int linkChars, TextStats stats) {

  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /** The owner's tag name, lower-case. */
  String tag() {
    return owner.normalName();
  }

  boolean isHeading() {
    return tag().length() == 2 && tag().charAt(0) == 'h' && Character.isDigit(tag().charAt(1));
  }
}
