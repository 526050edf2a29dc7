package io.newsetl.enrich.entities.kb;

import java.util.List;

/**
 * A stretch of text that is an alias of one or more knowledge-base entities (namesakes).
 *
 * @param start offset of the name in the text, after any Arabic clitic prefix
 * @param end offset after the name (exclusive)
 * @param firstToken index of the first word
 * @param endToken index after the last word
 * @param aliases every alias written this way, in knowledge-base order; never empty
 */
public record AliasMatch(int start, int end, int firstToken, int endToken, List<KbAlias> aliases) {

  public AliasMatch {
    aliases = List.copyOf(aliases);
  }

  /** Number of words. */
  public int length() {
    return endToken - firstToken;
  }
}
