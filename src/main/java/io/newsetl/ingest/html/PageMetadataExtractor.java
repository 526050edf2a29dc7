package io.newsetl.ingest.html;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads title, authors, publisher, URL, publication date and language from a parsed page, each from
 * the most reliable source present: JSON-LD, then Open Graph, then other {@code <meta>} tags, then
 * {@code <link rel=canonical>}, {@code <time>} and {@code <title>}. Stateless and thread-safe.
 */
final class PageMetadataExtractor {

  private static final List<String> AUTHOR_META =
      List.of("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]{1,2}\\s+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}");

  private final JsonLdReader jsonLdReader = new JsonLdReader();

  PageMetadata extract(Document document) {
    MetaTags meta = MetaTags.of(document);
    JsonLdArticle jsonLd = jsonLdReader.read(document);
    Optional<String> publisher =
        clean(jsonLd.publisher().or(() -> meta.first(List.of("og:site_name", "application-name"))));
    return new PageMetadata(
        title(document, meta, jsonLd, publisher),
        authors(meta, jsonLd),
        publisher,
        url(document, meta, jsonLd),
        PublicationDateResolver.resolve(document, meta, jsonLd),
        language(document, meta),
        jsonLd.articleBody().map(PageMetadataExtractor::unescape));
  }

  private static Optional<String> title(
      Document document, MetaTags meta, JsonLdArticle jsonLd, Optional<String> publisher) {
    Optional<String> title =
        clean(
            jsonLd
                .headline()
                .or(() -> meta.first(List.of("og:title", "twitter:title")))
                .or(() -> Optional.of(document.title())));
    return title.map(t -> withoutSiteName(t, publisher)).filter(t -> !t.isEmpty());
  }

  /** Drops a trailing (or leading) {@code " | Site"} when it names the publisher. */
  static String withoutSiteName(String title, Optional<String> publisher) {
    if (publisher.isEmpty()) {
      return title;
    }
    String site = publisher.get();
    var separators = TITLE_SEPARATOR.matcher(title);
    while (separators.find()) {
      String head = title.substring(0, separators.start()).strip();
      String tail = title.substring(separators.end()).strip();
      if (tail.equalsIgnoreCase(site)) {
        return head;
      }
      if (head.equalsIgnoreCase(site)) {
        return tail;
      }
    }
    return title;
  }

  private static List<String> authors(MetaTags meta, JsonLdArticle jsonLd) {
    List<String> fromJsonLd = names(jsonLd.authors());
    if (!fromJsonLd.isEmpty()) {
      return fromJsonLd;
    }
    return meta.all(AUTHOR_META).stream()
        .map(value -> names(List.of(value)))
        .filter(names -> !names.isEmpty())
        .findFirst()
        .orElse(List.of());
  }

  private static List<String> names(List<String> raw) {
    Set<String> names = new LinkedHashSet<>();
    for (String value : raw) {
      clean(Optional.of(BY_PREFIX.matcher(unescape(value).strip()).replaceFirst("")))
          .filter(name -> !name.contains("://") && !name.startsWith("www."))
          .ifPresent(names::add);
    }
    return List.copyOf(names);
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

  private static Optional<String> language(Document document, MetaTags meta) {
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

  private static Optional<String> clean(Optional<String> value) {
    return value
        .map(PageMetadataExtractor::unescape)
        .map(v -> SPACES.matcher(v).replaceAll(" ").strip())
        .filter(v -> !v.isEmpty());
  }

  private static String unescape(String value) {
    return value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value;
  }
}
