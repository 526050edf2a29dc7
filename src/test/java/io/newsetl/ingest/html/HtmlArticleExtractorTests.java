package io.newsetl.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsetl.article.PublicationDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlArticleExtractorTests {

  private static final Optional<String> BASE = Optional.of("https://example.org/news/page.html");

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @Nested
  class BodyText {

    @Test
    void keepsTheArticleAndDropsNavigationCommentsAndWidgets() {
      HtmlPage page = extract("html_with-nav-and-comments.html");

      assertThat(page.blocks())
          .containsExactly(
              "The harbour bridge reopened to traffic on Tuesday morning, six weeks after engineers"
                  + " closed it to replace corroded cables, the city council said.",
              "Commuters had faced detours of up to forty minutes while the work went on, and local"
                  + " shops near the bridge reported a sharp fall in trade.",
              "Cost and delays",
              "The repairs cost 4.2 million euros, slightly less than planned, according to the"
                  + " council's transport director, who thanked residents for their patience.",
              "New cables on both spans, tested under full load.",
              "Resurfaced cycle lanes, now wider than before.",
              "Further inspections are planned for the autumn, when the council will decide whether"
                  + " the older eastern span also needs work.");
    }

    @Test
    void findsArabicProseWithoutLatinPunctuation() {
      HtmlPage page = extract("html_arabic-rtl.html");

      assertThat(page.blocks()).hasSize(3);
      assertThat(page.blocks().get(0)).startsWith("افتتحت البلدية يوم الثلاثاء");
      assertThat(page.text()).doesNotContain("أخبار ذات صلة", "الرئيسية", "جميع الحقوق");
      assertThat(page.language()).contains("ar");
    }

    @Test
    void findsChineseProseAndDropsTheHeadingThatRepeatsTheTitle() {
      HtmlPage page = extract("html_chinese.html");

      assertThat(page.blocks())
          .containsExactly(
              "本市新建的公共图书馆于周二正式向市民开放，馆藏图书超过五万册，并设有多个阅览室和自习区。",
              "图书馆负责人表示，开放时间为每天上午九点至晚上十点，所有市民均可免费入馆。",
              "据介绍，儿童阅读区将于下月开放，届时还将推出每周一次的亲子阅读活动。");
      assertThat(page.language()).contains("zh");
    }

    @Test
    void neverStartsWithTheTitle() {
      HtmlPage page = extract("html_json-ld-graph.html");

      assertThat(page.blocks()).hasSize(2);
      assertThat(page.blocks().get(0)).startsWith("Le conseil municipal a adopté");
    }

    @Test
    void fallsBackToTheDeclaredBodyWhenThePageShowsNone() {
      String html =
          head(
                  "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"articleBody\":"
                      + "\"First paragraph.\\nSecond paragraph.\"}</script>")
              + "<body><div id=\"app\"></div></body></html>";

      assertThat(extractor.extract(html, BASE).blocks())
          .containsExactly("First paragraph.", "Second paragraph.");
    }
  }

  @Nested
  class Metadata {

    @Test
    void prefersJsonLdInAGraphOverOpenGraphAndMetaTags() {
      HtmlPage page = extract("html_json-ld-graph.html");

      assertThat(page.title()).contains("La ville vote son budget & ses priorités");
      assertThat(page.authors()).containsExactly("Marie Curie", "Pierre Martin");
      assertThat(page.publisher()).contains("Le Quotidien");
      assertThat(page.url()).contains("https://example.org/politique/budget-2024");
      assertThat(page.published())
          .contains(new PublicationDate(Instant.parse("2024-03-12T08:30:00Z"), "json-ld"));
      assertThat(page.language()).contains("fr");
    }

    @Test
    void readsMetaTagsCanonicalLinkAndTimeElement() {
      HtmlPage page = extract("html_with-nav-and-comments.html");

      assertThat(page.title()).contains("Harbour bridge reopens after repairs");
      assertThat(page.authors()).containsExactly("Jane Doe");
      assertThat(page.publisher()).contains("The Coastal Times");
      assertThat(page.url()).contains("https://example.org/news/2024/03/harbour-bridge-reopens");
      assertThat(page.published())
          .contains(new PublicationDate(Instant.parse("2024-03-12T10:04:00Z"), "time-element"));
      assertThat(page.language()).contains("en");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.newsetl.ingest.html.HtmlArticleExtractorTests#titles")
    void title(String head, String expected) {
      assertThat(extractor.extract(head(head) + "<body></body></html>", BASE).title())
          .contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.newsetl.ingest.html.HtmlArticleExtractorTests#dates")
    void publicationDate(String head, String instant, String source) {
      assertThat(extractor.extract(head(head) + "<body></body></html>", BASE).published())
          .contains(new PublicationDate(Instant.parse(instant), source));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.newsetl.ingest.html.HtmlArticleExtractorTests#authors")
    void authors(String head, List<String> expected) {
      assertThat(extractor.extract(head(head) + "<body></body></html>", BASE).authors())
          .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.newsetl.ingest.html.HtmlArticleExtractorTests#urls")
    void url(String head, String expected) {
      assertThat(extractor.extract(head(head) + "<body></body></html>", BASE).url())
          .contains(expected);
    }

    @ParameterizedTest(name = "<html lang=\"{0}\">")
    @MethodSource("io.newsetl.ingest.html.HtmlArticleExtractorTests#languages")
    void language(String lang, Optional<String> expected) {
      String html = "<html lang=\"" + lang + "\"><head></head><body><p>x</p></body></html>";

      assertThat(extractor.extract(html, BASE).language()).isEqualTo(expected);
    }
  }

  @Nested
  class HostileInput {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "   \n\t ",
          "<",
          "<html><body><div><p>unclosed <b>tags <i>everywhere",
          "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\":"
              + " [[[</script>",
          "<meta property=\"article:published_time\" content=\"2024-13-45T99:99:99Z\">",
          "<html lang=\"\"><body><time datetime=\"yesterday\">x</time></body></html>",
          "\u0000\u0001\uFFFF\uD800 <p>\uFEFF</p>"
        })
    void neverThrowsOnBrokenPages(String html) {
      assertThatCode(() -> extractor.extract(html, Optional.empty())).doesNotThrowAnyException();
      assertThat(extractor.extract(html, Optional.empty()).published()).isEmpty();
    }

    @Test
    void neverThrowsOnBinaryJunk() {
      byte[] junk = new byte[200_000];
      new Random(42).nextBytes(junk);
      String html = new String(junk, StandardCharsets.ISO_8859_1);

      assertThatCode(() -> extractor.extract(html, BASE)).doesNotThrowAnyException();
    }

    @Test
    void survivesFiftyThousandNestedDivs() {
      String html =
          "<html><body>"
              + "<div>".repeat(50_000)
              + "<p>Deep inside the page, this sentence is the article, and it has a comma.</p>"
              + "</div>".repeat(50_000)
              + "</body></html>";

      HtmlPage page =
          assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(html, BASE));

      assertThat(page.text()).contains("Deep inside the page");
    }

    @Test
    void treatsANullPageAsEmpty() {
      HtmlPage page = extractor.extract(null, Optional.empty());

      assertThat(page.blocks()).isEmpty();
      assertThat(page.title()).isEmpty();
    }
  }

  static Stream<Arguments> titles() {
    return Stream.of(
        Arguments.of("<title>Plain title</title>", "Plain title"),
        Arguments.of(
            "<title>Storm hits coast | Daily News</title>"
                + "<meta property=\"og:site_name\" content=\"Daily News\">",
            "Storm hits coast"),
        Arguments.of(
            "<title>Daily News - Storm hits coast</title>"
                + "<meta property=\"og:site_name\" content=\"Daily News\">",
            "Storm hits coast"),
        Arguments.of(
            "<title>Storm hits coast - part two</title>"
                + "<meta property=\"og:site_name\" content=\"Daily News\">",
            "Storm hits coast - part two"),
        Arguments.of("<title>Storm hits coast – example.org</title>", "Storm hits coast"),
        Arguments.of(
            "<title>Storm hits coast » A blog about weather</title></head>"
                + "<body><h1>Storm hits coast</h1>",
            "Storm hits coast"),
        Arguments.of("</head><body><h1>Only a heading</h1>", "Only a heading"),
        Arguments.of(
            "<title>Page title</title><meta property=\"og:title\" content=\"Open Graph title\">",
            "Open Graph title"),
        Arguments.of(
            "<meta property=\"og:title\" content=\"Open Graph title\">"
                + jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"JSON-LD headline\"}"),
            "JSON-LD headline"));
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of(
            jsonLd("{\"@type\":\"BlogPosting\",\"datePublished\":\"2024-03-12T09:30:00+01:00\"}")
                + "<meta property=\"article:published_time\" content=\"2020-01-01T00:00:00Z\">",
            "2024-03-12T08:30:00Z",
            "json-ld"),
        Arguments.of(
            jsonLd("{\"@type\":\"Article\",\"datePublished\":\"not a date\"}")
                + "<meta property=\"article:published_time\" content=\"2020-01-01T10:00:00Z\">",
            "2020-01-01T10:00:00Z",
            "open-graph"),
        Arguments.of("<meta name=\"date\" content=\"2024-03-12\">", "2024-03-12T00:00:00Z", "meta"),
        Arguments.of(
            "<meta name=\"parsely-pub-date\" content=\"2024-03-12T10:05:33\">",
            "2024-03-12T10:05:33Z",
            "meta"),
        Arguments.of(
            "<meta name=\"sailthru.date\" content=\"2024-03-12 10:05:33 +0200\">",
            "2024-03-12T08:05:33Z",
            "meta"),
        Arguments.of(
            "<meta name=\"dcterms.created\" content=\"Tue, 12 Mar 2024 10:05:00 GMT\">",
            "2024-03-12T10:05:00Z",
            "meta"),
        Arguments.of(
            "</head><body><abbr class=\"published\" title=\"2024-03-12T10:04:00+0000\">x</abbr>",
            "2024-03-12T10:04:00Z",
            "meta"),
        Arguments.of(
            "</head><body><time datetime=\"2019-01-01\">x</time>"
                + "<article><time datetime=\"2024-03-12T10:04:00.250Z\">y</time></article>",
            "2024-03-12T10:04:00.250Z",
            "time-element"));
  }

  static Stream<Arguments> authors() {
    return Stream.of(
        Arguments.of(jsonLd("{\"@type\":\"Article\",\"author\":\"Ann Lee\"}"), List.of("Ann Lee")),
        Arguments.of(
            jsonLd(
                "{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Ann Lee\"}}"),
            List.of("Ann Lee")),
        Arguments.of(
            jsonLd(
                    "{\"@type\":\"Article\",\"author\":[{\"name\":\"Ann Lee\"},{\"name\":\"Bo"
                        + " Kim\"}]}")
                + "<meta name=\"author\" content=\"Meta Author\">",
            List.of("Ann Lee", "Bo Kim")),
        Arguments.of("<meta name=\"author\" content=\"By  Ann   Lee\">", List.of("Ann Lee")),
        Arguments.of(
            "<meta property=\"article:author\" content=\"https://www.facebook.com/annlee\">",
            List.of()),
        Arguments.of(
            "</head><body><span itemprop=\"author\" itemscope><span itemprop=\"name\">Ann Lee"
                + "</span></span>",
            List.of("Ann Lee")),
        Arguments.of(
            "</head><body><a rel=\"author\" href=\"/ann\">View all posts by Ann Lee</a>",
            List.of("Ann Lee")),
        Arguments.of("<title>No author</title>", List.of()));
  }

  static Stream<Arguments> urls() {
    return Stream.of(
        Arguments.of(
            jsonLd("{\"@type\":\"Article\",\"url\":\"https://example.org/a\"}")
                + "<meta property=\"og:url\" content=\"https://example.org/b\">",
            "https://example.org/a"),
        Arguments.of(
            "<meta property=\"og:url\" content=\"https://example.org/b\">"
                + "<link rel=\"canonical\" href=\"https://example.org/c\">",
            "https://example.org/b"),
        Arguments.of("<link rel=\"canonical\" href=\"/c?id=1\">", "https://example.org/c?id=1"));
  }

  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of("en-US", Optional.of("en")),
        Arguments.of("AR", Optional.of("ar")),
        Arguments.of("zh_Hant", Optional.of("zh")),
        Arguments.of("", Optional.empty()),
        Arguments.of("12", Optional.empty()));
  }

  private static String head(String content) {
    return "<!DOCTYPE html><html><head>" + content + "</head>";
  }

  private static String jsonLd(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  private HtmlPage extract(String fixture) {
    try (InputStream in = getClass().getResourceAsStream("/html/" + fixture)) {
      return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), BASE);
    } catch (IOException e) {
      throw new IllegalStateException(fixture, e);
    }
  }
}
