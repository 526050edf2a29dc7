package io.newsetl.enrich.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words of {@code quote-cues.tsv}, folded, by language and kind. Immutable once loaded. */
final class CueLexicon {

  /** The kinds of word, as named in the resource. */
  enum Kind {
    VERB,
    ACCORDING,
    PARTICIPLE,
    SAYING_NOUN,
    PRONOUN,
    DETERMINER,
    CONJUNCTION,
    TITLE,
    ORG_WORD,
    GENERIC,
    STOP,
    CLAUSE,
    ROLE,
    AUDIENCE
  }

  private static final String RESOURCE = "quote-cues.tsv";
  private static final List<String> LATIN_AND_CYRILLIC = List.of("en", "fr", "es", "de", "ru");

  private final Map<String, Map<Kind, Set<String>>> byLanguage;
  private final Map<Kind, Set<String>> latin;

  /** Per language and kind, the longest phrase (in words) starting with each first word. */
  private final Map<String, Map<Kind, Map<String, Integer>>> firstWords = new HashMap<>();

  private CueLexicon(Map<String, Map<Kind, Set<String>>> byLanguage) {
    this.byLanguage = byLanguage;
    this.latin = merge(LATIN_AND_CYRILLIC);
    for (String language : byLanguage.keySet()) {
      firstWords.put(language, index(byLanguage.get(language)));
    }
    firstWords.put("*", index(latin));
  }

  static CueLexicon bundled() {
    return Bundled.LEXICON;
  }

  /** True when the resource has words for this language. */
  boolean knows(String language) {
    return byLanguage.containsKey(language);
  }

  /**
   * The folded words and phrases of a kind for a lower-case language code; for an unknown language,
   * those of all Latin-script ones.
   */
  Set<String> words(String language, Kind kind) {
    Map<Kind, Set<String>> kinds = byLanguage.get(language);
    return (kinds == null ? latin : kinds).getOrDefault(kind, Set.of());
  }

  /** The length in tokens of the longest phrase of {@code kind} starting at token {@code i}. */
  int phraseAt(List<Token> tokens, int i, String language, Kind kind) {
    Map<Kind, Map<String, Integer>> kinds = firstWords.getOrDefault(language, firstWords.get("*"));
    Integer longest = kinds.getOrDefault(kind, Map.of()).get(tokens.get(i).folded());
    if (longest == null) {
      return 0;
    }
    Set<String> phrases = words(language, kind);
    StringBuilder joined = new StringBuilder();
    int best = 0;
    for (int k = i; k < tokens.size() && k < i + longest; k++) {
      if (k > i) {
        joined.append(' ');
      }
      joined.append(tokens.get(k).folded());
      if (phrases.contains(joined.toString())) {
        best = k - i + 1;
      }
    }
    return best;
  }

  private static Map<Kind, Map<String, Integer>> index(Map<Kind, Set<String>> kinds) {
    Map<Kind, Map<String, Integer>> index = new EnumMap<>(Kind.class);
    kinds.forEach(
        (kind, phrases) -> {
          Map<String, Integer> first = new HashMap<>();
          for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            first.merge(words[0], words.length, Math::max);
          }
          index.put(kind, first);
        });
    return index;
  }

  private Map<Kind, Set<String>> merge(List<String> languages) {
    Map<Kind, Set<String>> out = new EnumMap<>(Kind.class);
    for (String language : languages) {
      byLanguage
          .getOrDefault(language, Map.of())
          .forEach((kind, words) -> out.computeIfAbsent(kind, k -> new HashSet<>()).addAll(words));
    }
    return out;
  }

  static CueLexicon read(InputStream tsv) {
    Map<String, Map<Kind, Set<String>>> byLanguage = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          add(byLanguage, line, number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CueLexicon(byLanguage);
  }

  private static void add(Map<String, Map<Kind, Set<String>>> byLanguage, String line, int number) {
    String[] cells = line.split("\t");
    if (cells.length != 3) {
      throw new IllegalArgumentException(RESOURCE + " line " + number + ": need 3 cells");
    }
    Kind kind = Kind.valueOf(cells[1].strip().replace('-', '_').toUpperCase(Locale.ROOT));
    List<Token> tokens = Tokenizer.tokens(cells[2], 0, cells[2].length());
    String phrase = String.join(" ", tokens.stream().map(Token::folded).toList());
    byLanguage
        .computeIfAbsent(cells[0].strip(), l -> new EnumMap<>(Kind.class))
        .computeIfAbsent(kind, k -> new HashSet<>())
        .add(phrase);
  }

  private static final class Bundled {
    static final CueLexicon LEXICON = load();

    private static CueLexicon load() {
      InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    }
  }
}
