package io.newsetl.enrich.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The context words of {@code citation-cues.tsv}, folded, grouped by kind and language. Immutable
 * once loaded.
 */
final class CitationCues {

  /** The kinds of context word, as named in the resource. */
  enum Kind {
    CUE_BEFORE,
    CUE_AFTER,
    DESCRIPTOR,
    ARTICLE,
    CREDIT_BEFORE,
    CREDIT_AFTER,
    BLOCKER
  }

  private static final String RESOURCE = "citation-cues.tsv";
  private static final String ANY = "*";

  private final Map<String, Map<Kind, List<String>>> byLanguage;
  private final Map<String, Map<Kind, List<String>>> merged = new HashMap<>();

  private CitationCues(Map<String, Map<Kind, List<String>>> byLanguage) {
    this.byLanguage = byLanguage;
    for (String language : byLanguage.keySet()) {
      merged.put(language, merge(List.of(language, ANY)));
    }
    merged.put(ANY, merge(List.copyOf(byLanguage.keySet())));
  }

  static CitationCues bundled() {
    return Bundled.CUES;
  }

  /**
   * The phrases of one kind for a language, words for every language included; for a language the
   * resource does not know (or "und"), the phrases of all languages.
   */
  List<String> phrases(String language, Kind kind) {
    Map<Kind, List<String>> kinds = merged.get(language.toLowerCase(Locale.ROOT));
    return (kinds == null ? merged.get(ANY) : kinds).getOrDefault(kind, List.of());
  }

  private Map<Kind, List<String>> merge(List<String> languages) {
    Map<Kind, List<String>> out = new EnumMap<>(Kind.class);
    for (String language : languages) {
      byLanguage
          .getOrDefault(language, Map.of())
          .forEach((kind, list) -> out.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(list));
    }
    // Longest phrases first, so "news agency" is tried before "agency".
    out.replaceAll(
        (kind, list) ->
            list.stream()
                .distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList());
    return out;
  }

  static CitationCues read(InputStream tsv) {
    Map<String, Map<Kind, List<String>>> byLanguage = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 3) {
          throw new IllegalArgumentException(RESOURCE + " line " + number + ": need 3 cells");
        }
        Kind kind = Kind.valueOf(cells[1].strip().replace('-', '_').toUpperCase(Locale.ROOT));
        byLanguage
            .computeIfAbsent(cells[0].strip(), l -> new EnumMap<>(Kind.class))
            .computeIfAbsent(kind, k -> new ArrayList<>())
            .add(FoldedText.fold(cells[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CitationCues(byLanguage);
  }

  private static final class Bundled {
    static final CitationCues CUES = load();

    private static CitationCues load() {
      InputStream in = CitationCues.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    }
  }
}
