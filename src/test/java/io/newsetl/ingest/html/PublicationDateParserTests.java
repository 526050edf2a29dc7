package io.newsetl.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateParserTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-12                          | 2024-03-12T00:00:00Z",
        "2024-03-12T10:05                    | 2024-03-12T10:05:00Z",
        "2024-03-12T10:05:33                 | 2024-03-12T10:05:33Z",
        "2024-03-12 10:05:33.123             | 2024-03-12T10:05:33.123Z",
        "2024-03-12T10:05:33Z                | 2024-03-12T10:05:33Z",
        "2024-03-12T10:05:33+01:00           | 2024-03-12T09:05:33Z",
        "2024-03-12T10:05:33+0100            | 2024-03-12T09:05:33Z",
        "2024-03-12T10:05:33-05              | 2024-03-12T15:05:33Z",
        "2024-03-12T10:05:33.123456789-03:30 | 2024-03-12T13:35:33.123456789Z",
        "'  2024-3-2  '                      | 2024-03-02T00:00:00Z",
        "Tue, 12 Mar 2024 10:05:00 GMT       | 2024-03-12T10:05:00Z"
      })
  void parsesIsoAndRfc1123(String value, String expected) {
    assertThat(PublicationDateParser.parse(value)).contains(Instant.parse(expected));
  }

  @Nested
  class Malformed {

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "yesterday",
          "12/03/2024",
          "2024-13-01",
          "2024-02-30",
          "2024-03-12T25:00:00Z",
          "2024-03-12T10:05:33+25:00",
          "2024-03-12T10:05:33 in the morning",
          "99999999999-01-01"
        })
    void giveNothing(String value) {
      assertThat(PublicationDateParser.parse(value)).isEqualTo(Optional.empty());
    }
  }
}
