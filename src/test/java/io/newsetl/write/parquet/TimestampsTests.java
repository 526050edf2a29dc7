package io.newsetl.write.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTests {

  @ParameterizedTest
  @CsvSource({
    "1970-01-01T00:00:00Z,                0,                  1970-01-01T00:00:00Z",
    "2024-01-31T08:00:00.123456Z,         1706688000123456,   2024-01-31T08:00:00.123456Z",
    "2024-01-31T08:00:00.123456999Z,      1706688000123456,   2024-01-31T08:00:00.123456Z",
    "1969-12-31T23:59:59.999999Z,         -1,                 1969-12-31T23:59:59.999999Z",
    "1969-12-31T23:59:59.9999995Z,        -1,                 1969-12-31T23:59:59.999999Z"
  })
  void convertsToMicrosecondsAndBack(String instant, long micros, String readBack) {
    assertThat(Timestamps.toMicros(Instant.parse(instant))).isEqualTo(micros);
    assertThat(Timestamps.fromMicros(micros)).isEqualTo(Instant.parse(readBack));
    assertThat(Timestamps.truncate(Instant.parse(instant))).isEqualTo(Instant.parse(readBack));
  }
}
