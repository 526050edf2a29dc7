package io.newsetl.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What parsing found in one raw document, before cleaning.
 *
 * @param ref the file and member
 * @param mediaType the detected media type (for example {@code text/html})
 * @param charset the character set the text was decoded with, for text formats
 * @param title the title from metadata, or the first line of a plain-text file
 * @param authors authors from metadata, in document order, without duplicates
 * @param publisher the site or paper that published it
 * @param url the canonical URL
 * @param published the publication date found in metadata
 * @param blocks the body as text blocks (paragraphs), not yet normalized; never the title twice
 */
public record ParsedDocument(
    DocumentRef ref,
    String mediaType,
    Optional<String> charset,
    Optional<String> title,
    List<String> authors,
    Optional<String> publisher,
    Optional<String> url,
    Optional<PublicationDate> published,
    List<String> blocks) {

  public ParsedDocument {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    blocks = List.copyOf(blocks);
  }
}
