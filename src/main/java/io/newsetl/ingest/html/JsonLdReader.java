package io.newsetl.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article described by a page's {@code <script type="application/ld+json">} blocks,
 * looking through top-level arrays and {@code @graph} lists. When several objects are articles, the
 * first one wins. Stateless and thread-safe; pages without JSON-LD give {@link JsonLdArticle#NONE}.
 */
final class JsonLdReader {

  private static final int MAX_NODES = 2_000;

  JsonLdArticle read(Document document) {
    for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
      Optional<Object> json = LenientJsonParser.parse(script.data());
      Optional<Map<?, ?>> article = json.flatMap(JsonLdReader::firstArticle);
      if (article.isPresent()) {
        return toArticle(article.get());
      }
    }
    return JsonLdArticle.NONE;
  }

  private static Optional<Map<?, ?>> firstArticle(Object root) {
    Deque<Object> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < MAX_NODES) {
      Object node = queue.poll();
      if (node instanceof List<?> list) {
        queue.addAll(list);
      } else if (node instanceof Map<?, ?> map) {
        if (isArticle(map.get("@type"))) {
          return Optional.of(map);
        }
        Object graph = map.get("@graph");
        if (graph != null) {
          queue.add(graph);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isArticle(Object type) {
    if (type instanceof List<?> types) {
      return types.stream().anyMatch(JsonLdReader::isArticle);
    }
    if (!(type instanceof String name)) {
      return false;
    }
    String local = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return local.endsWith("article")
        || local.equals("blogposting")
        || local.equals("liveblogposting");
  }

  private static JsonLdArticle toArticle(Map<?, ?> map) {
    return new JsonLdArticle(
        text(map.get("headline")).or(() -> text(map.get("name"))),
        names(map.get("author")),
        names(map.get("publisher")).stream().findFirst(),
        text(map.get("url")).or(() -> idOrUrl(map.get("mainEntityOfPage"))),
        text(map.get("datePublished")).or(() -> text(map.get("dateCreated"))),
        text(map.get("articleBody")));
  }

  private static Optional<String> idOrUrl(Object value) {
    if (value instanceof Map<?, ?> map) {
      return text(map.get("@id")).or(() -> text(map.get("url")));
    }
    return text(value);
  }

  /** Names from a string, an object with {@code name}, or an array of either. */
  private static List<String> names(Object value) {
    Set<String> names = new LinkedHashSet<>();
    List<Object> items =
        value instanceof List<?> list ? new ArrayList<>(list) : List.of(value == null ? "" : value);
    for (Object item : items) {
      Object name = item instanceof Map<?, ?> map ? map.get("name") : item;
      if (name instanceof List<?> nested && !nested.isEmpty()) {
        name = nested.get(0);
      }
      text(name).filter(n -> !n.startsWith("http")).ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  private static Optional<String> text(Object value) {
    if (value instanceof List<?> list && !list.isEmpty()) {
      return text(list.get(0));
    }
    return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
  }
}
