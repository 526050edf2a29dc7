package io.newsetl.ingest.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, authors, publisher, URL, publication date and language from a parsed page, each from
 * the most reliable source present: JSON-LD, then Open Graph, then other {@code <meta>} tags, then
 * {@code <link rel=canonical>}, {@code <time>} and {@code <title>}. Title, authors and date have
 * their own resolvers. Stateless and thread-safe.
 */
final class PageMetadataExtractor {

  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}");

  private final JsonLdReader jsonLdReader = new JsonLdReader();

  PageMetadata extract(Document document) {
    MetaTags meta = MetaTags.of(document);
    JsonLdArticle jsonLd = jsonLdReader.read(document);
    Optional<String> publisher =
        MetadataText.clean(
            jsonLd.publisher().or(() -> meta.first(List.of("og:site_name", "application-name"))));
    return new PageMetadata(
        TitleResolver.resolve(document, meta, jsonLd, publisher),
        AuthorResolver.resolve(document, meta, jsonLd),
        publisher,
        url(document, meta, jsonLd),
        PublicationDateResolver.resolve(document, meta, jsonLd, language(document, meta)),
        language(document, meta),
        jsonLd.articleBody().map(MetadataText::unescape));
  }

  private static Optional<String> url(Document document, MetaTags meta, JsonLdArticle jsonLd) {
    Stream<Optional<String>> candidates =
        Stream.of(
            jsonLd.url(),
            meta.get("og:url"),
            Optional.ofNullable(document.selectFirst("link[rel~=(?i)^canonical$][href]"))
                .map((Element link) -> link.attr("href")));
    return candidates
        .flatMap(Optional::stream)
        .map(u -> absolute(u.strip(), document.location()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> absolute(String url, String base) {
    try {
      URI uri = new URI(url);
      if (uri.isAbsolute()) {
        return Optional.of(url);
      }
      return base.isEmpty() ? Optional.empty() : Optional.of(new URI(base).resolve(uri).toString());
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return url.startsWith("http") ? Optional.of(url) : Optional.empty();
    }
  }

  static Optional<String> language(Document document, MetaTags meta) {
    Element html = document.selectFirst("html");
    Stream<String> candidates =
        Stream.of(
                html == null ? "" : html.attr("lang"),
                html == null ? "" : html.attr("xml:lang"),
                meta.get("content-language").orElse(""),
                meta.get("og:locale").orElse(""))
            .map(v -> v.strip().split("[-_,;\\s]", 2)[0]);
    return candidates
        .filter(v -> LANGUAGE.matcher(v).matches())
        .map(v -> v.toLowerCase(Locale.ROOT))
        .findFirst();
  }
}
