package io.newsetl.ingest.html;

import io.newsetl.article.PublicationDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks a page's publication date from its metadata, most reliable first: JSON-LD {@code
 * datePublished}, Open Graph {@code article:published_time}, named {@code <meta>} tags, microdata
 * and hAtom, then a {@code <time datetime>} element (one inside {@code <article>} first). A source
 * whose value does not parse is passed over. Stateless and thread-safe.
 */
final class PublicationDateResolver {

  private static final List<String> OPEN_GRAPH =
      List.of("article:published_time", "og:article:published_time", "og:published_time");

  private static final List<String> META =
      List.of(
          "datepublished",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "dc.date",
          "dc.date.issued",
          "dc.date.created",
          "dcterms.created",
          "dcterms.issued",
          "dcterms.date",
          "citation_publication_date",
          "citation_date",
          "parsely-pub-date",
          "sailthru.date",
          "article.published",
          "article_date_original",
          "original-publish-date");

  private PublicationDateResolver() {}

  static Optional<PublicationDate> resolve(Document document, MetaTags meta, JsonLdArticle jsonLd) {
    return first(jsonLd.datePublished().stream(), "json-ld")
        .or(() -> first(meta.all(OPEN_GRAPH).stream(), "open-graph"))
        .or(() -> first(Stream.concat(meta.all(META).stream(), microdata(document)), "meta"))
        .or(() -> first(timeElements(document), "time-element"));
  }

  private static Optional<PublicationDate> first(Stream<String> values, String source) {
    return values
        .map(PublicationDateParser::parse)
        .flatMap(Optional::stream)
        .findFirst()
        .map((Instant instant) -> new PublicationDate(instant, source));
  }

  /** Microdata {@code itemprop=datePublished} and the hAtom {@code published} class. */
  private static Stream<String> microdata(Document document) {
    return document.select("[itemprop=datePublished], abbr.published[title]").stream()
        .map(
            e ->
                e.hasAttr("content")
                    ? e.attr("content")
                    : e.hasAttr("datetime") ? e.attr("datetime") : e.attr("title"));
  }

  private static Stream<String> timeElements(Document document) {
    Stream<Element> inArticle = document.select("article time[datetime]").stream();
    Stream<Element> anywhere = document.select("time[datetime]").stream();
    return Stream.concat(inArticle, anywhere).map(e -> e.attr("datetime"));
  }
}
