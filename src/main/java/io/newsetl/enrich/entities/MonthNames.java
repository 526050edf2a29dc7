package io.newsetl.enrich.entities;

import java.util.regex.Pattern;

/**
 * Arabic month names: the Levantine and Iraqi months (كانون الثاني, شباط, آذار, نيسان ... تشرين
 * الأول) and the Gregorian months as Egypt and the Gulf write them (يناير ... ديسمبر). Arabic news
 * often gives both, "22 أبريل (نيسان) 1985", and the Arabic tagger takes نيسان for an organization
 * (the carmaker's name is written alike). A tagged name made only of month names, with another
 * month name or a number among the two words before and after it, is a date: in 1,800 SaudiNewsNet
 * articles, 30 such نيسان, all of them the month, against 5 unlinked نيسان without them, all the
 * carmaker ("نجم راليات نيسان", "نيسان باترول"). Matched on folded words, with or without a clitic
 * prefix. Stateless and thread-safe.
 */
final class MonthNames {

  private static final ArabicWordSet MONTHS =
      ArabicWordSet.of(
          "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين يناير فبراير مارس أبريل إبريل"
              + " مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر");

  // the second word of كانون الأول, كانون الثاني, تشرين الأول and تشرين الثاني
  private static final ArabicWordSet ORDINALS = ArabicWordSet.of("الأول الثاني");

  // the words before and after a month name that may show it is a date
  private static final int NEIGHBOURS = 2;

  // enough characters for two words on either side
  private static final int CONTEXT = 40;

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  private MonthNames() {}

  /**
   * Whether {@code surface} is only month names, as "نيسان", "ونيسان" or "تشرين الأول"; false when
   * it has none.
   */
  static boolean only(String surface) {
    String[] words = surface.strip().split("\\s+");
    boolean month = false;
    for (String word : words) {
      if (MONTHS.contains(word)) {
        month = true;
      } else if (!month || !ORDINALS.contains(word)) {
        return false;
      }
    }
    return month;
  }

  /**
   * Whether {@code text} from {@code start} to {@code end} is only month names ({@link #only}) with
   * another month name or a number among the two words before or after it: "22 أبريل (نيسان) 1985",
   * "بين نيسان (أبريل) وحزيران".
   */
  static boolean dated(String text, int start, int end) {
    if (!only(text.substring(start, end))) {
      return false;
    }
    String before = text.substring(Math.max(0, start - CONTEXT), start);
    String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
    String[] left = WORD_BREAK.split(before.strip());
    String[] right = WORD_BREAK.split(after.strip());
    for (int k = 0; k < NEIGHBOURS; k++) {
      if (k < left.length && datePart(left[left.length - 1 - k])
          || k < right.length && datePart(right[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean datePart(String word) {
    return !word.isEmpty() && (word.chars().allMatch(Character::isDigit) || MONTHS.contains(word));
  }
}
