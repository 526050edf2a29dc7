package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.KbAlias;
import io.newsetl.enrich.entities.kb.NameNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A tagged person's name that a knowledge-base person name begins and stops inside: the knowledge
 * base names the person with a title before the tagged words ("الملك سلمان بن عبدالعزيز" in "الملك
 * سلمان بن عبدالعزيز آل سعود", tagged "سلمان بن عبدالعزيز آل سعود") or from the same first word,
 * give or take a clitic ("محمد بن نايف بن عبدالعزيز" in "محمد بن نايف بن عبدالعزيز آل سعود"). When
 * the tagged words after the knowledge-base name go on with a name connector (بن, آل, bin, Al ...),
 * they are the rest of the same person's name; when the name has a title and they go on otherwise,
 * the tagger ran past it into the next word ("الملك فهد بفتح", tagged "فهد بفتح") and the
 * knowledge-base name stands. Where the knowledge base writes the person's name further ("فهد بن
 * عبدالعزيز آل سعود"), tagged words that go on with a lineage none of those longer names agrees
 * with name another person ("فهد بن عبدالعزيز بن معمر"; "الأمير تركي بن عبد الله الفيصل"): the
 * tagged name then stays unlinked. Stateless.
 */
final class TitledNames {

  /** What the tagged words after a knowledge-base person's name say of the tagged name. */
  enum After {
    /** No knowledge-base person's name begins the tagged name. */
    NONE,
    /** A name connector and a lineage the person's longer names allow: the same person. */
    SAME_PERSON,
    /** A lineage that contradicts every longer name of the person: another person. */
    OTHER_PERSON,
    /** No lineage: the tagger ran past the knowledge-base name into the next word. */
    RAN_PAST
  }

  private static final Set<String> CONNECTORS =
      Set.of("بن", "ابن", "بنت", "آل", "bin", "ibn", "bint", "ben", "Al", "al");

  /** Up to four words after a name, not across sentence punctuation. */
  private static final Pattern FOLLOWING_WORDS =
      Pattern.compile("(?:\\s+[^\\s.,;:!?،؛؟()\\[\\]«»\"“”]+){1,4}");

  private static final Pattern WORD = Pattern.compile("\\S+");

  private static final Set<String> TITLES =
      Set.of("الأمير", "الأميرة", "الملك", "الشيخ", "الشيخة", "السلطان", "الرئيس", "السيد").stream()
          .map(NameNormalizer::fold)
          .collect(Collectors.toUnmodifiableSet());

  private TitledNames() {}

  /**
   * The knowledge-base person name that starts before the tagged person's name (with a title), or
   * where it starts give or take a clitic prefix, and ends inside it at the end of a word, if any.
   */
  static Optional<LinkedMatch> knownStart(String text, TaggedName name, List<LinkedMatch> linked) {
    if (name.nameClass() != NameClass.PERSON) {
      return Optional.empty();
    }
    return linked.stream()
        .filter(m -> m.nameClass() == NameClass.PERSON)
        .filter(m -> m.start() < name.start() ? m.end() > name.start() : m.startsWithin(text, name))
        .filter(m -> m.end() < name.end() && Character.isWhitespace(text.charAt(m.end())))
        .findFirst();
  }

  /**
   * What the tagged words after {@code match} (a {@link #knownStart}) say of the tagged name, given
   * every alias of the matched person.
   */
  static After after(String text, TaggedName name, LinkedMatch match, List<KbAlias> personAliases) {
    String[] rest = restOf(text, name, match);
    if (Arrays.stream(rest).anyMatch(CONNECTORS::contains)
        && contradictsLongerNames(text, name.end(), match, personAliases)) {
      return After.OTHER_PERSON;
    }
    return CONNECTORS.contains(rest[0]) ? After.SAME_PERSON : After.RAN_PAST;
  }

  /**
   * True when a knowledge-base person name no tagged name covers is followed, within its sentence,
   * by a lineage (a name connector among the next two words) that contradicts every longer name of
   * the person: "الأمير تركي بن عبد الله الفيصل بن عبد العزيز" is not Turki bin Abdullah bin
   * Abdulaziz.
   */
  static boolean followedByOtherLineage(
      String text, LinkedMatch match, List<KbAlias> personAliases) {
    if (match.nameClass() != NameClass.PERSON) {
      return false;
    }
    Matcher following = FOLLOWING_WORDS.matcher(text).region(match.end(), text.length());
    if (!following.lookingAt()) {
      return false;
    }
    Matcher word = WORD.matcher(text).region(match.end(), following.end());
    for (int i = 0; i < 2 && word.find(); i++) {
      if (CONNECTORS.contains(word.group())) {
        // the lineage reaches to the word after the connector
        return word.find() && contradictsLongerNames(text, word.end(), match, personAliases);
      }
    }
    return false;
  }

  private static String[] restOf(String text, TaggedName name, LinkedMatch match) {
    return text.substring(match.end(), name.end()).strip().split("\\s+");
  }

  /**
   * True when the words from {@code match} to {@code end} contradict every longer name of the
   * matched person: each of {@code personAliases} that goes on past the matched alias differs from
   * them before one of the two ends. False when the knowledge base has no such longer name.
   * Compared on folded letters without spaces or titles (عبد الله and عبدالله agree).
   */
  private static boolean contradictsLongerNames(
      String text, int end, LinkedMatch match, List<KbAlias> personAliases) {
    String matched = letters(match.alias().text());
    String written = letters(text.substring(match.start(), end));
    List<String> longer =
        personAliases.stream()
            .filter(a -> a.language().equals(match.alias().language()))
            .map(a -> letters(a.text()))
            .filter(a -> a.length() > matched.length() && a.startsWith(matched))
            .toList();
    return !longer.isEmpty()
        && longer.stream().noneMatch(a -> a.startsWith(written) || written.startsWith(a));
  }

  private static String letters(String name) {
    return Arrays.stream(name.strip().split("\\s+"))
        .map(NameNormalizer::fold)
        .filter(word -> !TITLES.contains(word))
        .collect(Collectors.joining());
  }
}
