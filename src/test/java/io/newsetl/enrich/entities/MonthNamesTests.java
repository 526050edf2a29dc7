package io.newsetl.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthNamesTests {

  @Test
  void levantineAndGregorianMonthsWithOrWithoutAClitic() {
    assertThat(MonthNames.only("نيسان")).isTrue();
    assertThat(MonthNames.only("ونيسان")).isTrue();
    assertThat(MonthNames.only("آذار")).isTrue();
    assertThat(MonthNames.only("اذار")).isTrue();
    assertThat(MonthNames.only("أبريل")).isTrue();
    assertThat(MonthNames.only("لسبتمبر")).isTrue();
  }

  @Test
  void twoWordMonthsCountButAnOrdinalAloneDoesNot() {
    assertThat(MonthNames.only("كانون الثاني")).isTrue();
    assertThat(MonthNames.only("تشرين الأول")).isTrue();
    assertThat(MonthNames.only("الأول")).isFalse();
    assertThat(MonthNames.only("الثاني نيسان")).isFalse();
  }

  @Test
  void namesWithOtherWordsAreNoMonths() {
    assertThat(MonthNames.only("نيسان مورانو")).isFalse();
    assertThat(MonthNames.only("14 آذار")).isFalse();
    assertThat(MonthNames.only("شركة نيسان")).isFalse();
    assertThat(MonthNames.only(" ")).isFalse();
    assertThat(MonthNames.only("May")).isFalse();
  }

  @Test
  void aMonthIsADateNextToAnotherMonthOrANumber() {
    String text = "في 22 أبريل (نيسان) 1985 وبين نيسان (أبريل) وحزيران، ثم في نيسان الشرق الأوسط";
    int first = text.indexOf("نيسان");
    int second = text.indexOf("نيسان", first + 1);
    int third = text.lastIndexOf("نيسان");
    assertThat(MonthNames.dated(text, first, first + 5)).isTrue();
    assertThat(MonthNames.dated(text, second, second + 5)).isTrue();
    assertThat(MonthNames.dated(text, third, third + 5)).isFalse();
    assertThat(MonthNames.dated("نيسان 2015", 0, 5)).isTrue();
    assertThat(MonthNames.dated("نيسان", 0, 5)).isFalse();
    // not a month at all
    assertThat(MonthNames.dated("شركة نيسان في 2015", 0, 10)).isFalse();
  }
}
