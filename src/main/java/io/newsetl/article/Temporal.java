package io.newsetl.article;

import java.util.Objects;

/**
 * A temporal expression in an article's text, normalized to a TIMEX3 value.
 *
 * @param text the expression as it stands in the text
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value, such as {@code 2023-07-12}, {@code 2023-W27}, {@code P3D}
 * @param start offset of the first character in the article's text
 * @param end offset after the last character (exclusive)
 */
public record Temporal(String text, String type, String value, int start, int end) {

  public Temporal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Spans.check(start, end);
  }
}
