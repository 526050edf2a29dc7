package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionReplacementTests {

  private static ConllSentence sentence(String text, String labels) {
    return new ConllSentence(List.of(text.split(" ")), List.of(labels.split(" ")), false);
  }

  private static final List<ConllSentence> SENTENCES =
      List.of(
          sentence(
              "Jake Sullivan met Wang in Beijing .", "B-PERSON I-PERSON O B-PERSON O B-LOCATION O"),
          sentence("It rained .", "O O O"),
          sentence("Sullivan flew to Washington .", "B-PERSON O O B-LOCATION O"),
          sentence("Reuters reported it .", "B-ORGANIZATION O O O"),
          sentence(
              "Jake Sullivan and Wang left Beijing .",
              "B-PERSON I-PERSON O B-PERSON O B-LOCATION O"));

  private static Map<String, Set<String>> namesByClass(List<ConllSentence> sentences) {
    Map<String, Set<String>> names = new HashMap<>();
    for (ConllSentence s : sentences) {
      for (LabelSpan span : LabelSpan.of(s.labels())) {
        names
            .computeIfAbsent(span.nameClass().name(), c -> new java.util.TreeSet<>())
            .add(String.join(" ", s.tokens().subList(span.start(), span.end())));
      }
    }
    return names;
  }

  @Test
  void copiesTheSentencesWithNamesWithEveryNameReplacedByOneOfItsClass() {
    List<ConllSentence> copies = MentionReplacement.copies(SENTENCES, 1, 3);
    assertThat(copies).hasSize(4);
    assertThat(namesByClass(copies)).isEqualTo(namesByClass(SENTENCES));
    for (int i = 0; i < copies.size(); i++) {
      ConllSentence copy = copies.get(i);
      ConllSentence original = SENTENCES.get(i == 0 ? 0 : i + 1);
      assertThat(copy.tokens()).endsWith(original.tokens().get(original.size() - 1));
      assertThat(LabelSpan.of(copy.labels()).stream().map(LabelSpan::nameClass).toList())
          .isEqualTo(LabelSpan.of(original.labels()).stream().map(LabelSpan::nameClass).toList());
      assertThat(outside(copy)).isEqualTo(outside(original));
    }
  }

  // the words outside names, in order
  private static List<String> outside(ConllSentence s) {
    List<String> words = new ArrayList<>();
    for (int t = 0; t < s.size(); t++) {
      if (s.labels().get(t).equals("O")) {
        words.add(s.tokens().get(t));
      }
    }
    return words;
  }

  // the names, in order
  private static List<String> names(ConllSentence s) {
    return LabelSpan.of(s.labels()).stream()
        .map(span -> String.join(" ", s.tokens().subList(span.start(), span.end())))
        .toList();
  }

  @Test
  void aNameIsReplacedTheSameWayInEverySentenceOfACopy() {
    for (long seed = 0; seed < 20; seed++) {
      List<ConllSentence> copies = MentionReplacement.copies(SENTENCES, 1, seed);
      assertThat(names(copies.get(3))).as("seed %d", seed).isEqualTo(names(copies.get(0)));
    }
  }

  @Test
  void aReplacementOfAnotherLengthGetsBeginAndInsideLabels() {
    boolean sawLongerOrShorter = false;
    for (long seed = 0; seed < 20; seed++) {
      for (ConllSentence copy : MentionReplacement.copies(SENTENCES, 1, seed)) {
        assertThat(NameLabels.names(NameLabels.encode(copy.labels()))).isEqualTo(copy.labels());
        for (LabelSpan span : LabelSpan.of(copy.labels())) {
          assertThat(copy.labels().get(span.start())).startsWith("B-");
        }
      }
      List<String> first = MentionReplacement.copies(SENTENCES, 1, seed).get(0).tokens();
      sawLongerOrShorter |= first.size() != SENTENCES.get(0).size();
    }
    assertThat(sawLongerOrShorter).isTrue();
  }

  @Test
  void copiesAreSeededAndEachCopyDrawsAgain() {
    assertThat(MentionReplacement.copies(SENTENCES, 2, 5))
        .isEqualTo(MentionReplacement.copies(SENTENCES, 2, 5));
    Set<List<String>> firstSentences =
        java.util.stream.LongStream.range(0, 20)
            .mapToObj(seed -> MentionReplacement.copies(SENTENCES, 1, seed).get(0).tokens())
            .collect(Collectors.toSet());
    assertThat(firstSentences).hasSizeGreaterThan(1);
    List<ConllSentence> two = MentionReplacement.copies(SENTENCES, 2, 5);
    assertThat(two).hasSize(8);
    assertThat(two.subList(0, 4)).isEqualTo(MentionReplacement.copies(SENTENCES, 1, 5));
    assertThat(MentionReplacement.copies(SENTENCES, 0, 5)).isEmpty();
    assertThatThrownBy(() -> MentionReplacement.copies(SENTENCES, -1, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
