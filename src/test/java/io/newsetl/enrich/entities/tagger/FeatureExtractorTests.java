package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTests {

  static final FeatureExtractor ARABIC =
      new FeatureExtractor("ar", WordClusters.empty(), NameGazetteer.empty());
  static final FeatureExtractor ENGLISH =
      new FeatureExtractor("en", WordClusters.empty(), NameGazetteer.empty());

  @Test
  void arabicWordsSeeTheCliticsOfTheirNeighbours() {
    List<List<String>> features = ARABIC.extract(List.of("وزار", "سيمكو", "بالامس"));
    assertThat(features.get(1)).contains("cl-1=و", "cl1=بال");
    assertThat(features.get(0)).contains("cl-1=<s>", "cl1=");
    assertThat(features.get(2)).contains("cl-1=", "cl1=</s>");
  }

  @Test
  void arabicStemsShowTheirInnerLetterSequences() {
    List<String> features = ARABIC.extract(List.of("وفابريغاس")).get(0);
    assertThat(features.stream().filter(f -> f.startsWith("n3=")))
        .containsExactly("n3=ابر", "n3=بري", "n3=ريغ", "n3=يغا");
    assertThat(features.stream().filter(f -> f.startsWith("n4=")))
        .containsExactly("n4=ابري", "n4=بريغ", "n4=ريغا");
    assertThat(ARABIC.extract(List.of("قال")).get(0)).noneMatch(f -> f.startsWith("n3="));
    assertThat(ENGLISH.extract(List.of("Fabregas")).get(0)).noneMatch(f -> f.startsWith("n3="));
  }

  @Test
  void arabicTextAddsTheOtherMentionsOfEachWord() {
    List<String> first = List.of("قال", "الرئيس", "ساندلر");
    List<String> second = List.of("وأكد", "ساندلر");
    List<List<List<String>>> features = ARABIC.extractText(List.of(first, second));
    assertThat(features.get(1).get(1))
        .containsAll(ARABIC.extract(second).get(1))
        .contains("nm=1", "nmc-1=title", "nmc-2=say");
    assertThat(features.get(0).get(2)).contains("nm=1", "nmc-1=say");
    assertThat(ARABIC.extractText(List.of(first)).get(0)).isEqualTo(ARABIC.extract(first));
  }

  @Test
  void englishTextHasTheFeaturesOfEachSentenceAlone() {
    List<String> first = List.of("Mr.", "Smith", "said", ".");
    List<String> second = List.of("Smith", "left", ".");
    assertThat(ENGLISH.extractText(List.of(first, second)))
        .containsExactly(ENGLISH.extract(first), ENGLISH.extract(second));
    assertThat(ENGLISH.extract(first).get(1)).noneMatch(f -> f.startsWith("cl"));
  }

  @Test
  void namesOfTheTrainingDataAreMarkedWholeInTheWindow() {
    List<ConllSentence> training =
        List.of(
            new ConllSentence(
                List.of("the", "New", "York", "Times", "said"),
                List.of("O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O"),
                true),
            new ConllSentence(
                List.of("in", "New", "York"), List.of("O", "B-LOCATION", "I-LOCATION"), false));
    FeatureExtractor extractor =
        new FeatureExtractor("en", WordClusters.empty(), NameGazetteer.of(training, w -> w));

    List<List<String>> features = extractor.extract(List.of("New", "York", "Times", "reported"));

    assertThat(features.get(0)).contains("tn0=B-ORGANIZATION", "tn1=I-ORGANIZATION");
    assertThat(features.get(2)).contains("tn-1=I-ORGANIZATION", "tn0=I-ORGANIZATION");
    assertThat(features.get(3)).contains("tn-1=I-ORGANIZATION").noneMatch(f -> f.startsWith("tn0"));
    assertThat(extractor.extract(List.of("New", "rules")).get(0))
        .as("a word of a name alone is not the name")
        .noneMatch(f -> f.startsWith("tn"));
  }
}
