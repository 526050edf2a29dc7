package io.newsetl.enrich.dates;

import java.util.Objects;

/**
 * A temporal expression found in a text, with its TimeML TIMEX3 type and normalized value.
 *
 * @param text the expression exactly as it appears in the input ({@code input.substring(start,
 *     end)})
 * @param type the TIMEX3 type
 * @param value the TIMEX3 value: an ISO 8601 style date, time or duration ({@code 2023-07-12},
 *     {@code 2023-W27}, {@code 2023-07-13T15:00}, {@code P3D}), a partly unknown value ({@code
 *     XXXX-05}, {@code PXM}) or a reference ({@code PAST_REF}, {@code PRESENT_REF}, {@code
 *     FUTURE_REF})
 * @param start offset of the first character in the input text, in UTF-16 code units
 * @param end offset after the last character, exclusive
 */
public record TemporalExpression(String text, TimexType type, String value, int start, int end) {

  public TemporalExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
