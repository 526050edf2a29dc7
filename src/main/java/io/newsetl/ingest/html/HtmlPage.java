package io.newsetl.ingest.html;

import io.newsetl.article.PublicationDate;
import java.util.List;
import java.util.Optional;

/** What a page says about itself, and its main text. */
public record HtmlPage(
    Optional<String> title,
    List<String> authors,
    Optional<String> publisher,
    Optional<String> url,
    Optional<PublicationDate> published,
    List<String> blocks,
    Optional<String> language) {}
