package io.newsetl.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by lower-case {@code property}, {@code name} or {@code
 * itemprop}, first non-blank value per key. Immutable once built.
 */
final class MetaTags {

  private final Map<String, String> values;

  private MetaTags(Map<String, String> values) {
    this.values = values;
  }

  static MetaTags of(Document document) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : document.select("meta[content]")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
        String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.putIfAbsent(key, content);
        }
      }
    }
    return new MetaTags(values);
  }

  Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The value of the first key present, in the order given. */
  Optional<String> first(List<String> keys) {
    return all(keys).stream().findFirst();
  }

  /** The values of the keys present, in the order of the keys given. */
  List<String> all(List<String> keys) {
    return keys.stream().map(values::get).filter(Objects::nonNull).toList();
  }
}
