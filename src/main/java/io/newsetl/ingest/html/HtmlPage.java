package io.newsetl.ingest.html;

import io.newsetl.article.PublicationDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an HTML page says about the article it carries.
 *
 * @param title the headline, without a trailing site name; empty when the page has none
 * @param authors author names in the order the page gives them, without duplicates
 * @param publisher the site or paper that published it
 * @param url the page's own canonical URL, absolute when the page or the base URI allows
 * @param published the publication instant and the metadata it came from ({@code json-ld}, {@code
 *     open-graph}, {@code meta} or {@code time-element})
 * @param blocks the main article text as paragraphs in document order (headings and list items may
 *     be their own blocks); never starts with the title; empty when no text was found
 * @param language primary language subtag of {@code <html lang>}, lower-case
 */
public record HtmlPage(
    Optional<String> title,
    List<String> authors,
    Optional<String> publisher,
    Optional<String> url,
    Optional<PublicationDate> published,
    List<String> blocks,
    Optional<String> language) {

  public HtmlPage {
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(language, "language");
  }

  /** The blocks joined by blank lines, the shape of {@code Article.text}. */
  public String text() {
    return String.join("\n\n", blocks);
  }
}
