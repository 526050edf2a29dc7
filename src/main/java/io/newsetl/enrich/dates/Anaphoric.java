package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period counted from the one the text last mentioned: "a year earlier" after "the third quarter"
 * is the third quarter of the year before; "the year-ago quarter" likewise. Without such a mention
 * it is counted from the reference, like {@link Anchor.UnitShift}.
 *
 * <p>A deictic count ("a year ago") is always counted from the reference, but takes the quarter or
 * half of a mention in the reference year: after "the third quarter", "a year ago" in a 1989 paper
 * is {@code 1988-Q3}, as earnings reports mean it.
 *
 * @param unit the unit counted ({@code D}, {@code W}, {@code M}, {@code Y}...)
 * @param amount how many units, negative for earlier
 * @param deictic whether it counts from the reference ("ago") rather than from the mention
 */
record Anaphoric(String unit, int amount, boolean deictic) implements Anchor {

  private static final Pattern MENTION =
      Pattern.compile("(\\d{4})(?:-(Q[1-4]|H[12]|W\\d{2}|\\d{2})(?:-(\\d{2}))?)?");

  @Override
  public boolean isMention() {
    return false;
  }

  @Override
  public String value(Optional<LocalDate> reference) {
    return new Anchor.UnitShift(unit, amount).value(reference);
  }

  @Override
  public String value(Optional<LocalDate> reference, Optional<String> focus) {
    Matcher m = focus.map(MENTION::matcher).filter(Matcher::matches).orElse(null);
    if (m == null) {
      return value(reference);
    }
    int year = Integer.parseInt(m.group(1));
    String part = m.group(2);
    boolean yearPart = part != null && (part.startsWith("Q") || part.startsWith("H"));
    if (deictic) {
      boolean sameYear = reference.map(r -> r.getYear() == year).orElse(false);
      return unit.equals("Y") && yearPart && sameYear
          ? Periods.year(year + amount) + "-" + part
          : value(reference);
    }
    if (unit.equals("Y")) {
      return Periods.year(year + amount) + focus.get().substring(4);
    }
    if (m.group(3) != null && (unit.equals("D") || unit.equals("W") || unit.equals("M"))) {
      LocalDate day = LocalDate.of(year, Integer.parseInt(part), Integer.parseInt(m.group(3)));
      return Periods.shift(day, unit, amount);
    }
    return value(reference);
  }
}
