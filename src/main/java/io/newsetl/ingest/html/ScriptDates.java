package io.newsetl.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication dates a page keeps in its scripts rather than in an article's JSON-LD: {@code
 * datePublished} of any JSON-LD object (a {@code WebPage}, a {@code Product}), then publication
 * fields of other scripts' JSON ({@code "datePublished": "…"}, {@code "publishedAt"}, {@code
 * "published_at"}, {@code "publishDate"}, {@code "firstPublishDate"}), and the same for the
 * modification dates a page gives when it gives nothing else. Values come in document order.
 * Stateless and thread-safe.
 */
final class ScriptDates {

  private static final int MAX_NODES = 2_000;
  private static final Pattern PUBLISHED =
      field(
          "datePublished|date_published|publishedAt|published_at|publishDate|publish_date|publishedDate"
              + "|published_date|firstPublishDate|first_published_at|pubDate|dateCreated|date_created");
  private static final Pattern MODIFIED =
      field("dateModified|date_modified|modifiedAt|modified_at|updatedAt|updated_at|lastModified");

  private ScriptDates() {}

  /** {@code datePublished} of every JSON-LD object, in document order. */
  static List<String> jsonLd(Document document, String key) {
    List<String> values = new ArrayList<>();
    for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
      LenientJsonParser.parse(script.data()).ifPresent(json -> collect(json, key, values));
    }
    return values;
  }

  /** Publication fields of the JSON in every script. */
  static List<String> published(Document document) {
    return fields(document, PUBLISHED);
  }

  /** Modification fields of the JSON in every script. */
  static List<String> modified(Document document) {
    return fields(document, MODIFIED);
  }

  private static List<String> fields(Document document, Pattern pattern) {
    List<String> values = new ArrayList<>();
    for (Element script : document.select("script")) {
      Matcher m = pattern.matcher(script.data());
      while (m.find()) {
        values.add(m.group(1));
      }
    }
    return values;
  }

  private static void collect(Object root, String key, List<String> values) {
    Deque<Object> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < MAX_NODES) {
      Object node = queue.poll();
      if (node instanceof List<?> list) {
        queue.addAll(list);
      } else if (node instanceof Map<?, ?> map) {
        if (map.get(key) instanceof String value) {
          values.add(value);
        }
        queue.addAll(map.values());
      }
    }
  }

  private static Pattern field(String names) {
    return Pattern.compile("[\"'](?:" + names + ")[\"']\\s*:\\s*[\"']([^\"'<>]{8,40})[\"']");
  }
}
