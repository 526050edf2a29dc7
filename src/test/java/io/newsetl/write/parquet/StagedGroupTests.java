package io.newsetl.write.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StagedGroupTests {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 31);

  static Stream<Arguments> names() {
    return Stream.of(
        arguments(StagedGroup.articles(DAY, "en"), "articles_2024-01-31_en.parquet"),
        arguments(StagedGroup.articles(DAY, "und"), "articles_2024-01-31_und.parquet"),
        arguments(StagedGroup.articles(DAY, "zh-Hant"), "articles_2024-01-31_zh-Hant.parquet"),
        arguments(StagedGroup.rejects(DAY), "rejects_2024-01-31.parquet"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("names")
  void fileNameRoundTrips(StagedGroup group, String fileName) {
    assertThat(group.fileName()).isEqualTo(fileName);
    assertThat(StagedGroup.parse(fileName)).contains(group);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".articles_2024-01-31_en.parquet.6f1c.tmp",
        "articles_2024-01-31.parquet",
        "rejects_2024-01-31_en.parquet",
        "articles_2024-02-30_en.parquet",
        "part-run-00000.parquet",
        "_SUCCESS"
      })
  void otherNamesAreNotStagedFiles(String fileName) {
    assertThat(StagedGroup.parse(fileName)).isEmpty();
  }

  @Nested
  class Refuses {

    @ParameterizedTest
    @ValueSource(strings = {"", "e/n", "..", "en_GB", "a b"})
    void aLanguageThatCannotBeAFolderName(String language) {
      assertThatThrownBy(() -> StagedGroup.articles(DAY, language))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en"})
    void aLanguageOnRejects(String language) {
      assertThatThrownBy(() -> new StagedGroup(Dataset.REJECTS, DAY, Optional.of(language)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
