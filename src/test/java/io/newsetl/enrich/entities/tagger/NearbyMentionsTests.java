package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NearbyMentionsTests {

  // the gazetteer knows ادم as a person name (bit 0)
  static final FeatureExtractor EXTRACTOR =
      new FeatureExtractor(
          "ar",
          WordClusters.empty(),
          NameGazetteer.of(
              List.of(new ConllSentence(List.of("ادم"), List.of("B-PERSON"), true)),
              ArabicNormalizer::stem));

  /** The nearby-mention features of each token of a text, as training sees them. */
  static List<List<List<String>>> features(List<List<String>> sentences) {
    return EXTRACTOR.extractText(sentences).stream()
        .map(
            sentence ->
                sentence.stream()
                    .map(token -> token.stream().filter(f -> f.startsWith("nm")).toList())
                    .toList())
        .toList();
  }

  static List<String> words(String sentence) {
    return List.of(sentence.split(" "));
  }

  @Test
  void aRepeatedNameGetsTheTitleAndNeighboursOfItsOtherMention() {
    List<List<List<String>>> features =
        features(List.of(words("قال الرئيس ادم ساندلر امس"), words("وأكد ساندلر ذلك")));
    // ساندلر in the second sentence: its first mention follows ادم and has الرئيس two words before
    assertThat(features.get(1).get(1)).containsExactly("nm=1", "nmc-2=title", "nmg-1=1");
    // and the first mention sees the second one, after a verb of saying with a clitic
    assertThat(features.get(0).get(3)).containsExactly("nm=1", "nmc-1=say");
  }

  @Test
  void mentionsWithClitics() {
    List<List<List<String>>> features =
        features(List.of(words("زار سيمكو الوزير"), words("ويعمل لسيمكو فريق")));
    assertThat(features.get(1).get(1)).containsExactly("nm=1");
    assertThat(features.get(0).get(1)).containsExactly("nm=1");
  }

  @Test
  void countsOtherMentionsUpToThree() {
    List<List<String>> text = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      text.add(words("جاء مورتي"));
    }
    assertThat(features(text).get(0).get(1)).containsExactly("nm=3");
    assertThat(features(text.subList(0, 3)).get(0).get(1)).containsExactly("nm=2");
  }

  @Nested
  class NoFeatures {

    @Test
    void forAWordMentionedOnce() {
      assertThat(features(List.of(words("قال الرئيس ادم ساندلر"))))
          .singleElement()
          .satisfies(sentence -> assertThat(sentence).allSatisfy(f -> assertThat(f).isEmpty()));
    }

    @Test
    void forShortKeys() {
      List<List<List<String>>> features = features(List.of(words("في دار"), words("في دار")));
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
      List<List<List<String>>> features = features(text);
      assertThat(features.get(0).get(1)).isEmpty();
      assertThat(features.get(text.size() - 1).get(1)).isEmpty();
      assertThat(features(text.subList(0, text.size() - 1)).get(0).get(1)).isEmpty();
      text.remove(1);
      assertThat(features(text).get(0).get(1)).containsExactly("nm=1");
    }

    @Test
    void forAnEmptyText() {
      assertThat(features(List.of())).isEmpty();
      assertThat(features(List.of(List.of()))).containsExactly(List.of());
    }
  }
}
