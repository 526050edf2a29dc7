package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import io.newsetl.enrich.sources.FoldedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The speakers and full names seen so far in one text, for resolving pronouns, generic nouns and
 * surnames. One instance per text; not thread-safe.
 */
final class SpeakerMemory {

  /** Pronouns refer back at most this many sentences. */
  private static final int PRONOUN_REACH = 2;

  private record Entry(int sentence, String speaker, String folded) {}

  private final List<Entry> speakers = new ArrayList<>();

  /** Full names by folded form, the most recently seen last. */
  private final LinkedHashMap<String, String> names = new LinkedHashMap<>();

  /** The speaker an attribution refers to, or empty when it cannot be resolved simply. */
  Optional<String> resolve(Attribution attribution, int sentence) {
    Reference reference = attribution.reference();
    return switch (reference) {
      case NAMED -> Optional.of(fullName(attribution.speaker()));
      case ROLE -> Optional.of(attribution.speaker());
      case PRONOUN ->
          last(e -> e.sentence() >= sentence - PRONOUN_REACH && e.sentence() <= sentence);
      case PARTICIPLE -> last(e -> e.sentence() == sentence);
      case CONTINUATION -> last(e -> e.sentence() >= sentence - 1);
      case GENERIC ->
          last(e -> e.folded().contains(stem(attribution.speaker())))
              .or(() -> Optional.of(attribution.speaker()));
    };
  }

  void remember(int sentence, String speaker) {
    speakers.add(new Entry(sentence, speaker, FoldedText.fold(speaker)));
    see(speaker);
  }

  void see(String fullName) {
    String name = fullName.strip();
    if (name.contains(" ")) {
      String folded = FoldedText.fold(name);
      names.remove(folded);
      names.put(folded, name);
    }
  }

  /**
   * "Hodge" → "Adam Hodge" when a full name ending (or, for Chinese names, starting) so was seen.
   */
  private String fullName(String speaker) {
    String folded = FoldedText.fold(speaker.strip());
    if (folded.isEmpty() || folded.contains(" ")) {
      return speaker;
    }
    List<String> known = new ArrayList<>(names.keySet());
    for (int pass = 0; pass < 2; pass++) {
      for (int i = known.size() - 1; i >= 0; i--) {
        String[] parts = known.get(i).split(" ");
        boolean last = pass == 0 && parts.length <= 4 && parts[parts.length - 1].equals(folded);
        boolean first = pass == 1 && parts.length <= 3 && parts[0].equals(folded);
        if (last || first) {
          return names.get(known.get(i));
        }
      }
    }
    return speaker;
  }

  private Optional<String> last(Predicate<Entry> test) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      if (test.test(speakers.get(i))) {
        return Optional.of(speakers.get(i).speaker());
      }
    }
    return Optional.empty();
  }

  /**
   * The head noun of a generic phrase, without article: "الشركة" → "شركه", "the company" →
   * "company".
   */
  private static String stem(String generic) {
    String[] words = FoldedText.fold(generic.strip()).split("\\s+");
    String head = words[words.length - 1];
    return head.startsWith("ال") && head.length() > 3 ? head.substring(2) : head;
  }
}
