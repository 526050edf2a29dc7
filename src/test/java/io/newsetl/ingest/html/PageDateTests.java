package io.newsetl.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.PublicationDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Publication dates a page gives beyond its article metadata: scripts, RDFa, bylines, date
 * elements.
 */
class PageDateTests {

  private static final String STORY =
      "<h1>Harbour bridge reopens</h1><p>" + "The bridge reopened today. ".repeat(12) + "</p>";

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.newsetl.ingest.html.PageDateTests#pages")
  void findsTheDateThePageGives(
      String name, String head, String body, String instant, String source) {
    assertThat(published(head, body)).contains(new PublicationDate(Instant.parse(instant), source));
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        page(
            "JSON-LD of a web page",
            jsonLd("{\"@type\":\"WebPage\",\"datePublished\":\"2023-07-13T09:30:00+02:00\"}"),
            "",
            "2023-07-13T07:30:00Z",
            "json-ld"),
        page(
            "article meta tag",
            "<meta name=\"publication_date\" content=\"2023-07-13\">",
            "",
            "2023-07-13T00:00:00Z",
            "meta"),
        page(
            "field of a page script",
            "<script>window.page = {\"published_at\":\"2023-07-13T06:22:28+01:00\"};</script>",
            "",
            "2023-07-13T05:22:28Z",
            "meta"),
        page(
            "RDFa date",
            "",
            "<span property=\"schema:dateCreated\" content=\"2023-07-13T14:40:07+00:00\"></span>",
            "2023-07-13T14:40:07Z",
            "meta"),
        page(
            "microdata written out",
            "",
            "<span itemprop=\"datePublished\">13. Juli 2023</span>",
            "2023-07-13T00:00:00Z",
            "meta"),
        page(
            "time marked as published first",
            "",
            "<time datetime=\"2023-07-01\">x</time><time class=\"entry-date published\" datetime=\"2023-07-13T10:00Z\">y</time>",
            "2023-07-13T10:00:00Z",
            "time-element"),
        page(
            "time elements of comments passed over",
            "",
            "<article>"
                + STORY
                + "<time datetime=\"2023-07-13T10:00Z\">13 July</time></article>"
                + "<div class=\"comment-metadata\"><time datetime=\"2023-07-20T08:00Z\">20 July</time></div>",
            "2023-07-13T10:00:00Z",
            "time-element"),
        page(
            "stated in the byline",
            "",
            "<p class=\"x\">Von Anna am 13.07.2023 veröffentlicht</p>",
            "2023-07-13T00:00:00Z",
            "text"),
        page(
            "date element",
            "<html lang=\"en\">",
            "<span class=\"post-date\">July 13, 2023</span>",
            "2023-07-13T00:00:00Z",
            "text"),
        page(
            "date element in English order",
            "<html lang=\"en\">",
            "<span class=\"post-date\">07/04/2023</span>",
            "2023-07-04T00:00:00Z",
            "text"),
        page(
            "date element in German order",
            "<html lang=\"de\">",
            "<span class=\"post-date\">07/04/2023</span>",
            "2023-04-07T00:00:00Z",
            "text"),
        page(
            "element holding only a date",
            "",
            "<h5 class=\"font-blue\">13.07.2023</h5>",
            "2023-07-13T00:00:00Z",
            "text"),
        page(
            "sidebar dates passed over",
            "",
            "<div class=\"widget recent-posts\"><span class=\"post-date\">20.07.2023</span></div>"
                + "<div class=\"post-meta\">13.07.2023</div>",
            "2023-07-13T00:00:00Z",
            "text"),
        page(
            "a layout named sidebar is no sidebar",
            "",
            "<div class=\"main sidebar-right\">"
                + STORY
                + "<div class=\"post-meta\">13.07.2023</div></div>",
            "2023-07-13T00:00:00Z",
            "text"),
        page(
            "last modification when nothing else",
            "<meta property=\"article:modified_time\" content=\"2023-07-14T08:00:00Z\">",
            "",
            "2023-07-14T08:00:00Z",
            "meta"),
        page(
            "metadata before the byline",
            "<meta property=\"article:published_time\" content=\"2023-07-12T08:00:00Z\">",
            "<div class=\"post-meta\">13.07.2023</div>",
            "2023-07-12T08:00:00Z",
            "open-graph"));
  }

  @Test
  void writtenDateKeepsThePagesOffset() {
    String html =
        "<html><head><meta property=\"article:published_time\" content=\"2023-07-12T20:30:00-04:00\">"
            + "</head><body></body></html>";

    Optional<OffsetDateTime> written = PagePublicationDate.asWritten(html);

    assertThat(written)
        .contains(OffsetDateTime.of(2023, 7, 12, 20, 30, 0, 0, ZoneOffset.ofHours(-4)));
    assertThat(written.map(OffsetDateTime::toLocalDate)).contains(LocalDate.of(2023, 7, 12));
    assertThat(
            published(
                "<meta property=\"article:published_time\" content=\"2023-07-12T20:30:00-04:00\">",
                ""))
        .map(PublicationDate::instant)
        .contains(Instant.parse("2023-07-13T00:30:00Z"));
  }

  @Nested
  class NoDate {

    @Test
    void aPageWithoutAnyDateGivesNothing() {
      assertThat(published("", STORY)).isEmpty();
      assertThat(PagePublicationDate.asWritten(null)).isEmpty();
    }

    @Test
    void datesInsideLongParagraphsAreNoBylines() {
      String paragraph =
          "<p class=\"info\">"
              + "The council met on 13.07.2023 and again later. ".repeat(5)
              + "</p>";

      assertThat(published("", paragraph)).isEmpty();
    }
  }

  private Optional<PublicationDate> published(String head, String body) {
    String html =
        (head.startsWith("<html") ? head + "<head>" : "<!DOCTYPE html><html><head>" + head)
            + "</head><body>"
            + body
            + "</body></html>";
    return extractor.extract(html, Optional.empty()).published();
  }

  private static Arguments page(
      String name, String head, String body, String instant, String source) {
    return Arguments.of(name, head, body, instant, source);
  }

  private static String jsonLd(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }
}
