package io.newsetl.enrich.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-language vocabulary resource: lines of {@code key = phrase | phrase | ...}, {@code #}
 * comments. The keys are described in {@code vocabulary_en.txt}. A key may repeat; its phrases are
 * then appended.
 */
final class Vocabulary {

  private final Map<String, List<String>> entries;

  private Vocabulary(Map<String, List<String>> entries) {
    this.entries = entries;
  }

  static Vocabulary load(String language) {
    String name = "vocabulary_" + language + ".txt";
    try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no temporal vocabulary for language " + language);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  static Vocabulary parse(BufferedReader reader) throws IOException {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      String trimmed = line.strip();
      int eq = trimmed.indexOf('=');
      if (trimmed.isEmpty() || trimmed.startsWith("#") || eq <= 0) {
        continue;
      }
      List<String> phrases =
          entries.computeIfAbsent(trimmed.substring(0, eq).strip(), k -> new ArrayList<>());
      for (String phrase : trimmed.substring(eq + 1).split("\\|")) {
        if (!phrase.isBlank()) {
          phrases.add(phrase.strip());
        }
      }
    }
    return new Vocabulary(entries);
  }

  Map<String, List<String>> entries() {
    return entries;
  }

  List<String> get(String key) {
    return entries.getOrDefault(key, List.of());
  }

  String option(String key, String fallback) {
    List<String> values = get("option." + key);
    return values.isEmpty() ? fallback : values.get(0);
  }
}
