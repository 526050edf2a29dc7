package io.newsetl.ingest.html;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The publication date a page gives, as it writes it: the same date {@link HtmlArticleExtractor}
 * picks, but with the page's own offset instead of converted to UTC, so that the day the page shows
 * its readers can be told (a page published at 20:00 in New York shows the day before the UTC day).
 * Stateless and thread-safe; never throws.
 */
public final class PagePublicationDate {

  private PagePublicationDate() {}

  /** The date with the offset the page writes (UTC when it gives none), or empty. */
  public static Optional<OffsetDateTime> asWritten(String html) {
    Document document = Parser.htmlParser().parseInput(html == null ? "" : html, "");
    MetaTags meta = MetaTags.of(document);
    return PublicationDateResolver.resolveWritten(
            document,
            meta,
            new JsonLdReader().read(document),
            PageMetadataExtractor.language(document, meta))
        .map(PageDate::written);
  }
}
