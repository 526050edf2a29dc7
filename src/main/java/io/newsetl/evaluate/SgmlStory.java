package io.newsetl.evaluate;

import java.util.Objects;

/**
 * One story of a Reuters-21578 SGML file.
 *
 * @param newId the story's {@code NEWID} attribute
 * @param dateline the {@code <DATELINE>} text as it appears (" SALVADOR, Feb 26 - "), or empty
 * @param body the {@code <BODY>} text with SGML references decoded and control characters removed
 */
public record SgmlStory(String newId, String dateline, String body) {

  public SgmlStory {
    Objects.requireNonNull(newId, "newId");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(body, "body");
  }

  /** The text an article would have: the dateline line followed by the body. */
  public String text() {
    return dateline + body;
  }
}
