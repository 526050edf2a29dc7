package io.newsetl.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.PublicationDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PublishedDateResolverTests {

  private static final Instant FILE_TIME = Instant.parse("2023-07-20T09:00:00Z");
  private static final String DATELINE = "WASHINGTON, July 12 (Reuters) - Prices rose.";

  private final PublishedDateResolver resolver = new PublishedDateResolver();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.newsetl.enrich.published.PublishedDateResolverTests#evidence")
  void theMostReliableEvidenceWins(
      String name, PublicationEvidence evidence, String instant, String source) {
    assertThat(resolver.resolve(evidence))
        .contains(new PublicationDate(Instant.parse(instant), source));
  }

  static Stream<Arguments> evidence() {
    return Stream.of(
        Arguments.of(
            "metadata over all",
            evidence(
                meta("2023-07-12T21:30:00Z", "json-ld"),
                "https://example.org/2023/07/13/x",
                "2023-07-13",
                DATELINE),
            "2023-07-12T21:30:00Z",
            "json-ld"),
        Arguments.of(
            "dateline over URL and path",
            evidence(Optional.empty(), "https://example.org/2023/07/11/x", "2023-07-13", DATELINE),
            "2023-07-12T00:00:00Z",
            "dateline"),
        Arguments.of(
            "URL over path",
            evidence(
                Optional.empty(), "https://example.org/2023/07/11/x", "2023-07-13", "Prices rose."),
            "2023-07-11T00:00:00Z",
            "url"),
        Arguments.of(
            "path over text",
            evidence(
                Optional.empty(), null, "2023-07-13", "Prices rose.\n\nPublished 10 July 2023"),
            "2023-07-13T00:00:00Z",
            "path"),
        Arguments.of(
            "text as last resort",
            evidence(Optional.empty(), null, null, "Prices rose.\n\nPublished 10 July 2023"),
            "2023-07-10T00:00:00Z",
            "text"),
        Arguments.of(
            "page text date from metadata",
            evidence(
                meta("2023-07-10T00:00:00Z", "text"), "https://example.org/2023/07/11/x", null, ""),
            "2023-07-11T00:00:00Z",
            "url"),
        Arguments.of(
            "unknown label ranks as metadata",
            evidence(meta("2023-07-10T08:00:00Z", "e-mail"), null, "2023-07-13", DATELINE),
            "2023-07-10T08:00:00Z",
            "e-mail"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "metadata two years before the URL day, 2021-07-13T10:00:00Z, json-ld, 2023-07-13T00:00:00Z, url",
    "time element far from the URL day,     2009-04-11T10:00:00Z, time-element, 2023-07-13T00:00:00Z, url",
    "metadata late on the evening before,    2023-07-12T23:30:00Z, json-ld, 2023-07-12T23:30:00Z, json-ld",
    "metadata in UTC on the day after,       2023-07-14T01:30:00Z, open-graph, 2023-07-14T01:30:00Z, open-graph"
  })
  void aUrlDayOverridesDatesFarFromIt(
      String name, String metadata, String label, String instant, String source) {
    PublicationEvidence evidence =
        evidence(meta(metadata, label), "https://example.org/2023/07/13/x", null, "");

    assertThat(resolver.resolve(evidence))
        .contains(new PublicationDate(Instant.parse(instant), source));
  }

  @Test
  void keepsTheInstantOfMetadataWrittenWithAnOffset() {
    PublicationDate evening = new PublicationDate(Instant.parse("2023-07-13T01:30:00Z"), "json-ld");

    assertThat(resolver.resolve(evidence(Optional.of(evening), null, "2023-07-12", "")))
        .contains(evening);
  }

  @Test
  void placesAYearlessDatelineByThePathDate() {
    PublicationEvidence evidence =
        evidence(Optional.empty(), null, "2024-01-02", "NEW YORK, Dec 31 (Reuters) - x");

    assertThat(resolver.resolve(evidence))
        .contains(new PublicationDate(Instant.parse("2023-12-31T00:00:00Z"), "dateline"));
  }

  @Test
  void usesTheLanguageToReadAmbiguousNumericDates() {
    PublicationEvidence english =
        new PublicationEvidence(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            FILE_TIME,
            "Posted 07/04/2023 by admin",
            "en");
    PublicationEvidence french =
        new PublicationEvidence(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            FILE_TIME,
            "Publié le 07/04/2023",
            "fr");

    assertThat(resolver.resolve(english).map(PublicationDate::instant))
        .contains(Instant.parse("2023-07-04T00:00:00Z"));
    assertThat(resolver.resolve(french).map(PublicationDate::instant))
        .contains(Instant.parse("2023-04-07T00:00:00Z"));
  }

  @Nested
  class ImpossibleDates {

    @ParameterizedTest(name = "{0} with path {1}")
    @CsvSource({
      "2023-07-15T00:00:00Z, 2023-07-13",
      "2023-08-01T00:00:00Z, 2023-07-13",
      "2023-07-21T09:00:01Z, "
    })
    void aDateAfterTheFilesOwnDateIsDropped(String metadata, String path) {
      PublicationEvidence evidence = evidence(meta(metadata, "json-ld"), null, path, "");

      assertThat(resolver.resolve(evidence).map(PublicationDate::source))
          .isEqualTo(Optional.ofNullable(path).map(p -> "path"));
    }

    @ParameterizedTest(name = "{0} with path {1}")
    @CsvSource({"2023-07-14T23:59:59Z, 2023-07-13", "2023-07-21T09:00:00Z, "})
    void aDateWithinADayOfTheFilesOwnDateIsKept(String metadata, String path) {
      PublicationEvidence evidence = evidence(meta(metadata, "json-ld"), null, path, "");

      assertThat(resolver.resolve(evidence).map(PublicationDate::source)).contains("json-ld");
    }

    @Test
    void urlAndTextDatesBefore1990AreDroppedButMetadataIsKept() {
      assertThat(
              resolver.resolve(
                  evidence(
                      Optional.empty(),
                      "https://example.org/1987/03/03/x",
                      null,
                      "Published 3 March 1987")))
          .isEmpty();
      assertThat(
              resolver.resolve(evidence(meta("1987-03-03T10:00:00Z", "metadata"), null, null, "")))
          .contains(new PublicationDate(Instant.parse("1987-03-03T10:00:00Z"), "metadata"));
    }

    @Test
    void noEvidenceGivesNothing() {
      assertThat(resolver.resolve(evidence(Optional.empty(), null, null, "Prices rose.")))
          .isEmpty();
    }
  }

  private static Optional<PublicationDate> meta(String instant, String source) {
    return Optional.of(new PublicationDate(Instant.parse(instant), source));
  }

  private static PublicationEvidence evidence(
      Optional<PublicationDate> meta, String url, String path, String text) {
    return new PublicationEvidence(
        meta,
        Optional.ofNullable(url),
        Optional.ofNullable(path).map(LocalDate::parse),
        FILE_TIME,
        text,
        "en");
  }
}
