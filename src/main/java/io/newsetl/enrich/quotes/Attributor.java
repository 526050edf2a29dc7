package io.newsetl.enrich.quotes;

import java.util.List;
import java.util.Optional;

/**
 * Finds speakers in one script's conventions. The Arabic and Chinese attributors are stateless; the
 * Latin one remembers what it tokenized last and serves one text in one thread.
 */
interface Attributor {

  /**
   * The speaker of a quotation, from the clause before it ({@code beforeStart} to the quote) or
   * after it (the quote's end to {@code afterEnd}).
   */
  Optional<Attribution> forQuote(String text, QuoteSpan quote, int beforeStart, int afterEnd);

  /** The speaker of a reported statement without quotation marks, remembered for later quotes. */
  Optional<Attribution> forSentence(String text, int start, int end);

  /** Full names written in a sentence, so that a later surname can be completed. */
  List<String> names(String text, int start, int end);
}
