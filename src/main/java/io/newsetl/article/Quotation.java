package io.newsetl.article;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation and who said it.
 *
 * @param text the quoted words, without the quotation marks
 * @param speaker the speaker's name, normalized (the full name when the text later uses only the
 *     surname), or the role as written ("a spokesman for the ministry")
 * @param speakerText the words naming the speaker where the quote is attributed
 * @param cue the speech verb ("said", "قال", "a déclaré")
 * @param start offset of the opening quotation mark in the article's text
 * @param end offset after the closing mark (exclusive)
 */
public record Quotation(
    String text,
    Optional<String> speaker,
    Optional<String> speakerText,
    Optional<String> cue,
    int start,
    int end) {

  public Quotation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerText, "speakerText");
    Objects.requireNonNull(cue, "cue");
    Spans.check(start, end);
  }
}
