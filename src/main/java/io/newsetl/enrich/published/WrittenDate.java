package io.newsetl.enrich.published;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date written in a text.
 *
 * @param date the day
 * @param start offset of the first character of the date in the text
 * @param end offset after its last character
 */
public record WrittenDate(LocalDate date, int start, int end) {

  public WrittenDate {
    Objects.requireNonNull(date, "date");
  }
}
