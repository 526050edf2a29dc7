package io.newsetl.ingest.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks a page's authors, most reliable first: JSON-LD {@code author}, then author {@code <meta>}
 * tags, then the byline markup of microdata ({@code itemprop=author}), links ({@code rel=author})
 * and hCard ({@code .author .fn}), first byline only. The first source that names someone wins.
 * Values that are URLs or too long to be a name are passed over; a leading "By" is dropped.
 * Stateless and thread-safe.
 */
final class AuthorResolver {

  private static final List<String> AUTHOR_META =
      List.of("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator");
  private static final Pattern BY_PREFIX =
      Pattern.compile(
          "(?iu)^(?:(?:view all posts|all posts|posted|written|zeige alle beiträge|articles)\\s+)?"
              + "(?:by|von|par|por|di)\\s+|^(?:author|autor|auteur|autorin)\\b\\s*:?\\s*");
  private static final int MAX_NAME_LENGTH = 80;

  private AuthorResolver() {}

  static List<String> resolve(Document document, MetaTags meta, JsonLdArticle jsonLd) {
    List<String> fromJsonLd = names(jsonLd.authors().stream());
    if (!fromJsonLd.isEmpty()) {
      return fromJsonLd;
    }
    return meta.all(AUTHOR_META).stream()
        .map(value -> names(Stream.of(value)))
        .filter(names -> !names.isEmpty())
        .findFirst()
        .orElseGet(() -> names(markup(document)));
  }

  private static Stream<String> markup(Document document) {
    List<Element> found = document.select("[itemprop=author]");
    if (found.isEmpty()) {
      found = document.select("a[rel~=(?i)^author$], .author .fn, .byline .fn, .vcard.author");
    }
    // the first byline only: later matches tend to be "all posts by" links and author boxes
    return found.stream().limit(1).map(AuthorResolver::nameOf);
  }

  private static String nameOf(Element element) {
    Element name = element.selectFirst("[itemprop=name]");
    Element source = name != null ? name : element;
    return source.hasAttr("content") ? source.attr("content") : source.text();
  }

  private static List<String> names(Stream<String> raw) {
    Set<String> names = new LinkedHashSet<>();
    raw.map(v -> MetadataText.clean(Optional.of(v)))
        .flatMap(Optional::stream)
        .map(v -> BY_PREFIX.matcher(v).replaceFirst("").strip())
        .filter(AuthorResolver::looksLikeName)
        .forEach(names::add);
    return List.copyOf(names);
  }

  private static boolean looksLikeName(String value) {
    return !value.isEmpty()
        && value.length() <= MAX_NAME_LENGTH
        && !value.contains("://")
        && !value.startsWith("www.")
        && !value.contains("@");
  }
}
