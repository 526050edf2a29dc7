package io.newsetl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.DocumentRef;
import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.SourceFile;
import io.newsetl.enrich.SeedArticle;
import io.newsetl.ingest.ArchiveDates;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PublicationDateRuleTests {

  private static final Instant COPIED = Instant.parse("2026-01-05T10:00:00Z");

  private final PublicationDateRule rule = new PublicationDateRule();

  @Test
  void theSeedArticleIsDatedByItsPath() {
    SourceFile file = file("2023/07/13/000_2974fc50fc4f2d80.txt");

    assertThat(
            rule.dateOf(
                document(file, Optional.empty(), Optional.empty()), file, SeedArticle.text(), "ar"))
        .contains(new PublicationDate(Instant.parse("2023-07-13T00:00:00Z"), "path"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.newsetl.pipeline.PublicationDateRuleTests#documents")
  void datesEveryKindOfDocument(
      String name,
      String path,
      Optional<PublicationDate> metadata,
      Optional<String> url,
      String text,
      String instant,
      String source) {
    SourceFile file = file(path);

    assertThat(rule.dateOf(document(file, metadata, url), file, text, "en"))
        .contains(new PublicationDate(Instant.parse(instant), source));
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(
            "wire story with a dateline",
            "2023/07/12/20230712_en_reuters_us-inflation-cools.txt",
            Optional.empty(),
            Optional.empty(),
            "US inflation cools\n\nWASHINGTON, July 11 (Reuters) - Prices rose.",
            "2023-07-11T00:00:00Z",
            "dateline"),
        Arguments.of(
            "Xinhua dateline",
            "2023/07/13/20230713_zh_xinhua.txt",
            Optional.empty(),
            Optional.empty(),
            "新华社北京7月13日电（记者王希）海关总署13日发布数据。",
            "2023-07-13T00:00:00Z",
            "dateline"),
        Arguments.of(
            "NITF issue date",
            "2023/07/13/uk-gdp.nitf.xml",
            meta("2023-07-13T07:22:15Z", "metadata"),
            Optional.empty(),
            "LONDON, July 13 (Reuters) - Britain's economy shrank.",
            "2023-07-13T07:22:15Z",
            "metadata"),
        Arguments.of(
            "web page metadata",
            "crawl/page.html",
            meta("2023-07-13T18:32:10Z", "json-ld"),
            Optional.of("https://apnews.com/2023/07/13/hollywood-strike"),
            "Actors went on strike.",
            "2023-07-13T18:32:10Z",
            "json-ld"),
        Arguments.of(
            "web page with only a URL day",
            "crawl/page.html",
            Optional.empty(),
            Optional.of("https://apnews.com/2023/07/13/hollywood-strike"),
            "Actors went on strike.",
            "2023-07-13T00:00:00Z",
            "url"),
        Arguments.of(
            "metadata after the archive date",
            "2023/07/13/page.html",
            meta("2023-07-20T08:00:00Z", "json-ld"),
            Optional.empty(),
            "Actors went on strike.",
            "2023-07-13T00:00:00Z",
            "path"));
  }

  @Test
  void aFileWithoutEvidenceHasNoPublicationDate() {
    SourceFile file = file("inbox/note.txt");

    assertThat(
            rule.dateOf(document(file, Optional.empty(), Optional.empty()), file, "A note.", "en"))
        .isEmpty();
  }

  private static Optional<PublicationDate> meta(String instant, String source) {
    return Optional.of(new PublicationDate(Instant.parse(instant), source));
  }

  private static SourceFile file(String path) {
    return new SourceFile(
        0, "file:///archive/" + path, path, 100, COPIED, ArchiveDates.fromPath(path));
  }

  private static ParsedDocument document(
      SourceFile file, Optional<PublicationDate> metadata, Optional<String> url) {
    return new ParsedDocument(
        new DocumentRef(file.relativePath(), 0),
        "text/plain",
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        url,
        metadata,
        List.of("text"));
  }
}
