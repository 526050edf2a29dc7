package io.newsetl.enrich.entities.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of text that is an alias of one or more knowledge-base entities (namesakes).
 *
 * @param start offset of the name in the text, after any Arabic clitic prefix
 * @param end offset after the name (exclusive)
 * @param firstToken index of the first word
 * @param endToken index after the last word
 * @param aliases every alias written this way, in knowledge-base order; never empty
 * @param otherReading the same words read with a clitic prefix dropped from the first, when that
 *     reading is also an alias: "وجدة" is Oujda, and و + "جدة", "and Jeddah"
 */
public record AliasMatch(
    int start,
    int end,
    int firstToken,
    int endToken,
    List<KbAlias> aliases,
    Optional<AliasMatch> otherReading) {

  public AliasMatch {
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(otherReading, "otherReading");
  }

  /** A match with no other reading. */
  public AliasMatch(int start, int end, int firstToken, int endToken, List<KbAlias> aliases) {
    this(start, end, firstToken, endToken, aliases, Optional.empty());
  }

  /** Number of words. */
  public int length() {
    return endToken - firstToken;
  }

  /** This match with {@code other}, the same words read otherwise, as its other reading. */
  AliasMatch withOtherReading(AliasMatch other) {
    return new AliasMatch(start, end, firstToken, endToken, aliases, Optional.of(other));
  }
}
