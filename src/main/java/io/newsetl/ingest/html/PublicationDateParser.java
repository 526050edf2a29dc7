package io.newsetl.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date strings pages put in their metadata: ISO-8601 dates and date-times with or
 * without an offset ({@code 2019-11-19}, {@code 2019-11-19T10:05}, {@code 2019-11-19 10:05:33.123},
 * {@code 2019-11-19T10:05:33+0100}, {@code ...Z}) and RFC 1123 ({@code Tue, 19 Nov 2019 10:05:00
 * GMT}). A value without an offset is read as UTC; a date alone is midnight UTC.
 *
 * <p>Stateless and thread-safe. Malformed or impossible values give an empty result, never an
 * exception.
 */
final class PublicationDateParser {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

  private PublicationDateParser() {}

  static Optional<Instant> parse(String value) {
    return parseWritten(value).map(OffsetDateTime::toInstant);
  }

  /** The value with the offset it was written with (UTC when it has none). */
  static Optional<OffsetDateTime> parseWritten(String value) {
    if (value == null || value.length() > 100) {
      return Optional.empty();
    }
    String text = value.strip();
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return fromIso(iso);
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> fromIso(Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      LocalTime time = LocalTime.MIDNIGHT;
      if (m.group(4) != null) {
        int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int nanos =
            m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
        time =
            LocalTime.of(
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds, nanos);
      }
      return Optional.of(date.atTime(time).atOffset(offset(m.group(8))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
