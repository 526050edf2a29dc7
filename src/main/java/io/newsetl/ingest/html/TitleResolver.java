package io.newsetl.ingest.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks a page's title, most reliable first: JSON-LD {@code headline}, Open Graph and Twitter
 * titles, {@code <title>}, the first {@code <h1>}. A site name around a separator ({@code "Title |
 * Site"}, {@code "Site - Title"}) is dropped when it is the publisher or the host name, or when the
 * rest is what a heading of the page says. Stateless and thread-safe.
 */
final class TitleResolver {

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»›~/]{1,2}\\s+");
  private static final int MAX_HEADINGS = 5;

  private TitleResolver() {}

  static Optional<String> resolve(
      Document document, MetaTags meta, JsonLdArticle jsonLd, Optional<String> publisher) {
    Element h1 = document.selectFirst("h1");
    Optional<String> title =
        MetadataText.clean(
            jsonLd
                .headline()
                .or(() -> meta.first(List.of("og:title", "twitter:title")))
                .or(() -> Optional.of(document.title()).filter(t -> !t.isBlank()))
                .or(() -> Optional.ofNullable(h1).map(Element::text)));
    List<String> sites = new ArrayList<>(publisher.stream().toList());
    host(document.location()).ifPresent(sites::add);
    return title.map(t -> withoutSiteName(t, sites, headings(document))).filter(t -> !t.isEmpty());
  }

  /** {@code title} without the site name it carries, or unchanged when none is recognised. */
  static String withoutSiteName(String title, List<String> sites, List<String> headings) {
    List<String[]> splits = new ArrayList<>();
    Matcher separators = SEPARATOR.matcher(title);
    while (separators.find()) {
      splits.add(
          new String[] {
            title.substring(0, separators.start()).strip(),
            title.substring(separators.end()).strip()
          });
    }
    for (String[] split : splits) {
      if (sites.stream().anyMatch(site -> split[1].equalsIgnoreCase(site))) {
        return split[0];
      }
      if (sites.stream().anyMatch(site -> split[0].equalsIgnoreCase(site))) {
        return split[1];
      }
    }
    for (String[] split : splits) {
      for (String part : split) {
        String letters = BodyMatcher.letters(part);
        if (!letters.isEmpty() && headings.contains(letters)) {
          return part;
        }
      }
    }
    return title;
  }

  private static List<String> headings(Document document) {
    return Stream.concat(document.select("h1").stream(), document.select("h2").stream())
        .limit(MAX_HEADINGS)
        .map(h -> BodyMatcher.letters(h.text()))
        .toList();
  }

  private static Optional<String> host(String location) {
    try {
      String host = new URI(location).getHost();
      return Optional.ofNullable(host)
          .map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
