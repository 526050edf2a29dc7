package io.newsetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.newsetl.enrich.sources.SourceExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyCreditSurveyTests {

  private static final Path REUTERS_21578 = Path.of("../shared/datasets/reuters21578");
  private static final SourceExtractor EXTRACTOR = SourceExtractor.withBundledCatalog();

  @TempDir Path folder;

  private void copyFixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("sgml_reuters-four-stories.sgm")) {
      Files.copy(in, folder.resolve(name));
    }
  }

  @Test
  void readsStoriesWithABodyAndDecodesReferences() throws IOException {
    copyFixture("reut2-000.sgm");

    List<SgmlStory> stories = ReutersSgml.read(folder.resolve("reut2-000.sgm"));

    assertThat(stories).extracting(SgmlStory::newId).containsExactly("101", "102", "104");
    assertThat(stories.get(0).text()).startsWith("    CHICAGO, March 2 - Farm groups expect");
    assertThat(stories.get(2).body())
        .contains("Affiliated Publications <AFP> said", "rose & costs");
    assertThat(stories).allSatisfy(s -> assertThat(s.body()).doesNotContain("&#3;", "\u0003"));
  }

  @Test
  void countsCreditsAndCitationsOnTheFixture() throws IOException {
    copyFixture("reut2-000.sgm");

    AgencyCreditReport report = AgencyCreditSurvey.run(folder, EXTRACTOR);

    assertThat(report.stories()).isEqualTo(3);
    assertThat(report.creditedToReuters()).isEqualTo(2);
    assertThat(report.citingAgency()).isEqualTo(2);
    assertThat(report.citingStoriesByOutlet()).containsOnly(entry("Reuters", 1), entry("TASS", 1));
    assertThat(report.storiesByOutlet()).containsOnly(entry("Reuters", 2), entry("TASS", 1));
    assertThat(report.reutersCreditShare()).isEqualTo(2.0 / 3);
    assertThat(report.summary()).contains("credited to Reuters (dateline or credit): 2 (66.67%)");
  }

  @Test
  void readsGzipCompressedFilesToo() throws IOException {
    copyFixture("reut2-000.sgm");
    Path gz = folder.resolve("reut2-001.sgm.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(folder.resolve("reut2-000.sgm")));
    }

    assertThat(AgencyCreditSurvey.run(folder, EXTRACTOR).stories()).isEqualTo(6);
  }

  @Test
  void realCollectionWhenPresent() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(REUTERS_21578),
        "Reuters-21578 not found at "
            + REUTERS_21578.toAbsolutePath()
            + "; skipping the real-data survey");

    AgencyCreditReport report = AgencyCreditSurvey.run(REUTERS_21578, EXTRACTOR);
    System.out.print(report.summary());

    assertThat(report.stories()).isEqualTo(19_043);
    assertThat(report.reutersCreditShare()).isGreaterThan(0.97);
    assertThat(report.citingStoriesByOutlet())
        .containsKeys("Reuters", "TASS", "Xinhua", "Kyodo News");
  }

  @Nested
  class Errors {

    @Test
    void emptyFolderGivesAnEmptyReport() throws IOException {
      AgencyCreditReport report = AgencyCreditSurvey.run(folder, EXTRACTOR);

      assertThat(report.stories()).isZero();
      assertThat(report.reutersCreditShare()).isZero();
      assertThat(report.storiesByOutlet()).isEqualTo(Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            <REUTERS NEWID="1"><TEXT><BODY>never closed
            <REUTERS NEWID="2"><TEXT>no body</TEXT></REUTERS>
            plain text, not SGML
            """)
    void malformedSgmlYieldsNoStories(String sgml) {
      assertThat(ReutersSgml.parse(sgml)).isEmpty();
    }

    @Test
    void badReferencesAreDropped() {
      assertThat(ReutersSgml.decode("a&#2;b&#9999999;c&lt;d&#1114112;e"))
          .isEqualTo("ab\u0000c<de".replace("\u0000", ""));
    }

    @Test
    void otherFilesInTheFolderAreIgnored() throws IOException {
      Files.writeString(
          folder.resolve("README.txt"),
          "<REUTERS NEWID=\"9\"><BODY>x</BODY></REUTERS>",
          StandardCharsets.UTF_8);

      assertThat(AgencyCreditSurvey.run(folder, EXTRACTOR).stories()).isZero();
    }
  }
}
