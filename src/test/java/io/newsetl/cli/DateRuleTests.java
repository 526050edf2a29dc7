package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRuleTests {

  // 23:30 UTC on 14 July is already 15 July in Berlin and still 14 July in New York
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-07-14T23:30:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource({
    "today, UTC, 2023-07-14",
    "yesterday, UTC, 2023-07-13",
    "yesterday, Europe/Berlin, 2023-07-14",
    "yesterday, America/New_York, 2023-07-13",
    "Yesterday , UTC, 2023-07-13",
    "3 days ago, UTC, 2023-07-11",
    "1 day ago, Europe/Berlin, 2023-07-14",
    "2023-01-31, Asia/Tokyo, 2023-01-31"
  })
  void resolvesAtTheClockInTheZone(String rule, String zone, String expected) {
    assertThat(DateRule.resolve(rule, CLOCK, ZoneId.of(zone))).isEqualTo(LocalDate.parse(expected));
  }

  @Nested
  class Refuses {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"tomorrow", "14/07/2023", "days ago", "-1 days ago", ""})
    void rulesItDoesNotKnow(String rule) {
      assertThatThrownBy(() -> DateRule.resolve(rule, CLOCK, ZoneOffset.UTC))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a date rule");
    }
  }
}
