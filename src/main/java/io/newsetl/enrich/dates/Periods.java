package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Formats dates, periods and durations as TIMEX3 values, and shifts periods by units. */
final class Periods {

  private Periods() {}

  static String day(LocalDate date) {
    return String.format(
        Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  static String week(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String month(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  /** The period {@code amount} units away from the one containing {@code reference}. */
  static String shift(LocalDate reference, String unit, int amount) {
    switch (unit) {
      case "D", "H", "MIN", "S":
        return day(reference.plusDays(unit.equals("D") ? amount : 0));
      case "W":
        return week(reference.plusWeeks(amount));
      case "WE":
        return week(reference.plusWeeks(amount)) + "-WE";
      case "M":
        LocalDate m = reference.plusMonths(amount);
        return month(m.getYear(), m.getMonthValue());
      case "Q", "HALF":
        return yearPart(reference, unit.equals("Q") ? 3 : 6, unit.equals("Q") ? "Q" : "H", amount);
      case "DE":
        return String.format(Locale.ROOT, "%03d", Math.floorDiv(reference.getYear(), 10) + amount);
      case "CE":
        return String.format(Locale.ROOT, "%02d", Math.floorDiv(reference.getYear(), 100) + amount);
      default:
        return year(reference.getYear() + amount);
    }
  }

  private static String yearPart(LocalDate reference, int months, String letter, int amount) {
    int perYear = 12 / months;
    int index = reference.getYear() * perYear + (reference.getMonthValue() - 1) / months + amount;
    return year(Math.floorDiv(index, perYear)) + "-" + letter + (Math.floorMod(index, perYear) + 1);
  }

  /** A TIMEX3 duration; a negative count means an unknown number ({@code PXY}). */
  static String duration(String unit, int count) {
    String n = count < 0 ? "X" : Integer.toString(count);
    switch (unit) {
      case "H":
        return "PT" + n + "H";
      case "MIN":
        return "PT" + n + "M";
      case "S":
        return "PT" + n + "S";
      case "HALF":
        return count < 0 ? "PXM" : "P" + (6 * count) + "M";
      case "DE", "CE":
        return count < 0 ? "PXY" : "P" + (unit.equals("DE") ? 10 : 100) * count + "Y";
      default:
        return "P" + n + unit;
    }
  }

  /** The reference-relative value used when there is no reference date. */
  static String reference(int sign) {
    return sign < 0 ? "PAST_REF" : sign > 0 ? "FUTURE_REF" : "PRESENT_REF";
  }
}
