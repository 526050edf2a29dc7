package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveDatesTests {

  @ParameterizedTest
  @CsvSource({
    "2023/07/13/story.txt,                 2023-07-13",
    "reuters/2023/07/13/wire/story.txt,    2023-07-13",
    "2023-07-14/story.html,                2023-07-14",
    "archive/2023-07-14_evening/a.txt,     2023-07-14",
    "inbox/20230715-release.eml,           2023-07-15",
    "2022/01/01/2023-07-16/deeper.txt,     2023-07-16",
  })
  void findsTheDeepestDateInAPath(String path, LocalDate expected) {
    assertThat(ArchiveDates.fromPath(path)).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "inbox/story.txt",
    "2023/13/45/impossible.txt",
    "2023/07/story.txt",
    "12345678901/file.txt",
    "story-2023.txt",
  })
  void findsNoDateWhereThereIsNone(String path) {
    assertThat(ArchiveDates.fromPath(path)).isEmpty();
  }
}
