package io.newsetl.enrich.quotes;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation and who said it.
 *
 * @param text the quoted words, without the quotation marks; for a quote running over several
 *     paragraphs, the paragraphs' words with the repeated opening marks removed
 * @param speakerText the words in the text that designate the speaker ("Foreign Ministry spokesman
 *     Wang Wenbin", "he", "الشركة"), empty when the speaker is only implied by the verb ("وأضافت")
 *     or not found
 * @param speaker the speaker: the person or organization named, as written, completed to the full
 *     name when only a surname is used ("Hodge" → "Adam Hodge"); for a pronoun, an implied subject
 *     or a generic noun ("the company"), the speaker it refers back to; for a role without a name,
 *     the role as written ("a spokesman for the ministry"); empty when unresolved
 * @param cue the speech verb or phrase as written ("said", "وقال", "according to"), empty when none
 *     was found
 * @param start offset of the opening quotation mark in the text
 * @param end offset just after the closing quotation mark
 */
public record Quote(
    String text,
    Optional<String> speakerText,
    Optional<String> speaker,
    Optional<String> cue,
    int start,
    int end) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerText, "speakerText");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
