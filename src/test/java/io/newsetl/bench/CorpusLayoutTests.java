package io.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsetl.bench.CorpusLayout.Format;
import io.newsetl.ingest.ArchiveDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusLayoutTests {

  private final CorpusLayout layout = new CorpusLayout(LocalDate.of(2024, 3, 4), 7);

  @ParameterizedTest
  @CsvSource({
    "0, reuters, 12, TXT, 2024/03/04/reuters-12.txt",
    "6, bbc, business/001, TXT, 2024/03/10/bbc-business_001.txt",
    "7, saudinewsnet, 2015-08-01-3, HTML, 2024/03/04/saudinewsnet-2015-08-01-3.html",
    "100, reuters, 101, PDF, 2024/03/06/reuters-101.pdf",
  })
  void filesAreNamedBySourceAndIdUnderTheirDate(
      int n, String source, String id, Format format, String path) {
    assertThat(layout.pathOf(source, n, id, format)).isEqualTo(path);
  }

  @Test
  void theArchiveDateOfThePathIsTheDateOfTheDocument() {
    String path = layout.pathOf("aeb", 9, "0a1b", Format.HTML);

    assertThat(ArchiveDates.fromPath("c001/" + path))
        .contains(layout.dateOf(9))
        .contains(LocalDate.of(2024, 3, 6));
  }

  @ParameterizedTest
  @CsvSource({"0, PDF", "50, DOCX", "100, PDF", "150, DOCX", "1, TXT", "49, TXT", "99, TXT"})
  void twoInAHundredLatinDocumentsArePdfOrDocx(int n, Format format) {
    assertThat(CorpusLayout.latinFormat(n)).isEqualTo(format);
  }

  @ParameterizedTest
  @CsvSource({"0, HTML", "1, TXT", "3, TXT", "4, HTML"})
  void aQuarterOfTheArabicDocumentsAreHtml(int n, Format format) {
    assertThat(CorpusLayout.arabicFormat(n)).isEqualTo(format);
  }

  @Test
  void aLayoutNeedsAtLeastOneDay() {
    assertThatThrownBy(() -> new CorpusLayout(LocalDate.of(2024, 3, 4), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days");
  }
}
