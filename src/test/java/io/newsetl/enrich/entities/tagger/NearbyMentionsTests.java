package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NearbyMentionsTests {

  // the gazetteer knows ادم as part of person names (bit 0)
  static final NearbyMentions MENTIONS =
      new NearbyMentions(ArabicNormalizer::stem, k -> Map.of("ادم", 1).getOrDefault(k, 0));

  static List<String> words(String sentence) {
    return List.of(sentence.split(" "));
  }

  @Test
  void aRepeatedNameGetsTheTitleAndNeighboursOfItsOtherMention() {
    List<List<List<String>>> features =
        MENTIONS.features(List.of(words("قال الرئيس ادم ساندلر امس"), words("وأكد ساندلر ذلك")));
    // ساندلر in the second sentence: its first mention follows ادم and has الرئيس two words before
    assertThat(features.get(1).get(1)).containsExactly("nm=1", "nmc-2=title", "nmg-1=1");
    // and the first mention sees the second one, after a verb of saying with a clitic
    assertThat(features.get(0).get(3)).containsExactly("nm=1", "nmc-1=say");
  }

  @Test
  void mentionsWithClitics() {
    List<List<List<String>>> features =
        MENTIONS.features(List.of(words("زار سيمكو الوزير"), words("ويعمل لسيمكو فريق")));
    assertThat(features.get(1).get(1)).containsExactly("nm=1");
    assertThat(features.get(0).get(1)).containsExactly("nm=1");
  }

  @Test
  void countsOtherMentionsUpToThree() {
    List<List<String>> text = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      text.add(words("جاء مورتي"));
    }
    assertThat(MENTIONS.features(text).get(0).get(1)).containsExactly("nm=3");
    assertThat(MENTIONS.features(text.subList(0, 3)).get(0).get(1)).containsExactly("nm=2");
  }

  @Nested
  class NoFeatures {

    @Test
    void forAWordMentionedOnce() {
      assertThat(MENTIONS.features(List.of(words("قال الرئيس ادم ساندلر"))))
          .singleElement()
          .satisfies(sentence -> assertThat(sentence).allSatisfy(f -> assertThat(f).isEmpty()));
    }

    @Test
    void forShortKeys() {
      List<List<List<String>>> features =
          MENTIONS.features(List.of(words("في دار"), words("في دار")));
      assertThat(features.get(0).get(0)).isEmpty();
      assertThat(features.get(0).get(1)).containsExactly("nm=1");
    }

    @Test
    void forMentionsMoreThanTheWindowApart() {
      List<List<String>> text = new ArrayList<>();
      text.add(words("جاء مورتي"));
      for (int s = 0; s < NearbyMentions.WINDOW; s++) {
        text.add(words("ثم ماذا"));
      }
      text.add(words("جاء مورتي"));
      List<List<List<String>>> features = MENTIONS.features(text);
      assertThat(features.get(0).get(1)).isEmpty();
      assertThat(features.get(text.size() - 1).get(1)).isEmpty();
      assertThat(MENTIONS.features(text.subList(0, text.size() - 1)).get(0).get(1)).isEmpty();
      text.remove(1);
      assertThat(MENTIONS.features(text).get(0).get(1)).containsExactly("nm=1");
    }

    @Test
    void forAnEmptyText() {
      assertThat(MENTIONS.features(List.of())).isEmpty();
      assertThat(MENTIONS.features(List.of(List.of()))).containsExactly(List.of());
    }
  }
}
