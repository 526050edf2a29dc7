package io.newsetl.ingest.html;

import io.newsetl.article.PublicationDate;
import io.newsetl.enrich.published.DayOrder;
import io.newsetl.enrich.published.WrittenDateParser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks a page's publication date, most reliable first: JSON-LD {@code datePublished} of the
 * article, then of any JSON-LD object ({@code json-ld}); Open Graph and {@code article:*} tags
 * ({@code open-graph}); named {@code <meta>} tags, microdata, hAtom and publication fields of the
 * page's scripts ({@code meta}); a {@code <time datetime>} element outside comments and widgets,
 * one marked as the publication time or inside {@code <article>} first ({@code time-element}); a
 * date the page writes after "Published" or in a date or byline element ({@code text}, see {@link
 * MarkupDateExtractor}); and, when nothing says when the page was published, the date it says it
 * was last modified ({@code meta}). A source whose value does not parse is passed over. Values keep
 * the offset they are written with. Stateless and thread-safe.
 */
final class PublicationDateResolver {

  private static final List<String> OPEN_GRAPH =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "og:published_time",
          "article:published",
          "article:published_date",
          "article:publicationdate",
          "article:post_date",
          "shareaholic:article_published_time",
          "video:release_date",
          "vr:published_time");

  private static final List<String> META =
      List.of(
          "datepublished",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "published-date",
          "published_date",
          "publication_date",
          "publication-date",
          "date_published",
          "datecreated",
          "date_created",
          "dateposted",
          "dc.date",
          "dc.date.issued",
          "dc.date.created",
          "dc.date.publication",
          "dc.created",
          "dc:created",
          "dc:date",
          "dcterms.created",
          "dcterms.issued",
          "dcterms.date",
          "citation_publication_date",
          "citation_date",
          "parsely-pub-date",
          "sailthru.date",
          "article.published",
          "article.created",
          "article_date_original",
          "original-publish-date",
          "originalpublicationdate",
          "rnews:datepublished",
          "release_date",
          "item-publish-date",
          "displaydate",
          "doc_date",
          "dcsext.articlefirstpublished",
          "cxenseparse:recs:publishtime",
          "bt:pubdate",
          "rbpubdate",
          "og:regdate",
          "pdate",
          "ptime",
          "created",
          "twt-published-at",
          "mediator_published_time");

  private static final List<String> MODIFIED =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "article:modified",
          "datemodified",
          "dateupdate",
          "dc.date.modified",
          "dcterms.modified",
          "dc.modified",
          "last-modified",
          "lastmod",
          "lastmodified",
          "modified",
          "date_modified",
          "revised",
          "updated");

  private static final MarkupDateExtractor MARKUP = new MarkupDateExtractor();

  private PublicationDateResolver() {}

  static Optional<PublicationDate> resolve(
      Document document, MetaTags meta, JsonLdArticle jsonLd, Optional<String> language) {
    return resolveWritten(document, meta, jsonLd, language).map(PageDate::toPublicationDate);
  }

  static Optional<PageDate> resolveWritten(
      Document document, MetaTags meta, JsonLdArticle jsonLd, Optional<String> language) {
    DayOrder order = DayOrder.forLanguage(language.orElse("und"));
    return first(jsonLd.datePublished().stream(), "json-ld")
        .or(() -> first(ScriptDates.jsonLd(document, "datePublished").stream(), "json-ld"))
        .or(() -> first(meta.all(OPEN_GRAPH).stream(), "open-graph"))
        .or(() -> first(Stream.concat(meta.all(META).stream(), microdata(document)), "meta"))
        .or(() -> first(ScriptDates.published(document).stream(), "meta"))
        .or(() -> first(timeElements(document), "time-element"))
        .or(() -> MARKUP.find(document, order).map(PublicationDateResolver::midnight))
        .or(
            () ->
                first(
                    Stream.concat(
                        ScriptDates.jsonLd(document, "dateModified").stream(),
                        Stream.concat(
                            meta.all(MODIFIED).stream(), ScriptDates.modified(document).stream())),
                    "meta"));
  }

  private static Optional<PageDate> first(Stream<String> values, String source) {
    return values
        .map(PublicationDateResolver::parse)
        .flatMap(Optional::stream)
        .findFirst()
        .map(written -> new PageDate(written, source));
  }

  /** An ISO or RFC 1123 value, else a date written in words or numbers ({@code 12.03.2024}). */
  private static Optional<OffsetDateTime> parse(String value) {
    Optional<OffsetDateTime> exact = PublicationDateParser.parseWritten(value);
    if (exact.isPresent() || value == null || value.length() > 100) {
      return exact;
    }
    return new WrittenDateParser()
        .first(value, DayOrder.DAY_FIRST)
        .map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  private static PageDate midnight(LocalDate day) {
    return new PageDate(day.atStartOfDay().atOffset(ZoneOffset.UTC), "text");
  }

  /**
   * Microdata and RDFa {@code datePublished} or {@code dateCreated}, the hAtom {@code published}
   * class.
   */
  private static Stream<String> microdata(Document document) {
    return document
        .select(
            "[itemprop~=(?i)^date(Published|Created)$], [property~=(?i)(^|:)date(Published|Created)$], "
                + "abbr.published[title]")
        .stream()
        .map(
            e ->
                e.hasAttr("content")
                    ? e.attr("content")
                    : e.hasAttr("datetime")
                        ? e.attr("datetime")
                        : e.hasAttr("title") ? e.attr("title") : e.text());
  }

  /**
   * Marked publication times first, then times inside the article, then any; none inside comments,
   * widgets, navigation or embedded posts.
   */
  private static Stream<String> timeElements(Document document) {
    Stream<Element> marked =
        document
            .select(
                "time[pubdate][datetime], time[itemprop~=(?i)datePublished][datetime], "
                    + "time[class~=(?i)publi|entry-date|post-date][datetime]")
            .stream();
    Stream<Element> inArticle = document.select("article time[datetime]").stream();
    Stream<Element> anywhere = document.select("time[datetime]").stream();
    return Stream.of(marked, inArticle, anywhere)
        .flatMap(s -> s)
        .filter(e -> !MarkupDateExtractor.skipped(e))
        .map(e -> e.attr("datetime"));
  }
}
