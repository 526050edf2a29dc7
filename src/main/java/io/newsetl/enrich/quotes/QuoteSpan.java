package io.newsetl.enrich.quotes;

/**
 * A quotation found by its marks.
 *
 * @param start offset of the opening mark
 * @param end offset just after the closing mark
 * @param text the quoted words without the marks (continuation marks of later paragraphs removed)
 * @param lastMark the last character before the closing mark, after spaces: "," in "“…,” he said"
 */
record QuoteSpan(int start, int end, String text, char lastMark) {

  /** True when the quoted words end with a comma-like mark: "“…,” he said". */
  /** True when the quoted words end a sentence: "“We are aware.”". */
  boolean endsSentence() {
    return ".!?؟。！？".indexOf(lastMark) >= 0;
  }

  boolean endsWithComma() {
    return ",،，?!…؟".indexOf(lastMark) >= 0;
  }
}
