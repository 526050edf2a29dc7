package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstPassLabelsTests {

  private static List<String> features(
      List<String[]> keys, List<String[]> labels, int sentence, int token) {
    List<FeatureValues> values = keys.stream().map(FeatureValues::of).toList();
    List<int[]> indexes = new ArrayList<>();
    for (String[] l : labels) {
      int[] ids = new int[l.length];
      for (int i = 0; i < l.length; i++) {
        ids[i] = BioLabels.index(l[i]);
      }
      indexes.add(ids);
    }
    FeatureStrings strings = new FeatureStrings();
    strings.startToken(0);
    for (FirstPassLabels.Feature f : FirstPassLabels.of(values, indexes).get(sentence).get(token)) {
      f.emitTo(strings);
    }
    return strings.tokens().get(0);
  }

  @Test
  void aWordMissedOnceGetsTheLabelsOfItsOtherMentions() {
    List<String[]> keys =
        List.of(
            new String[] {"قال", "عباس"},
            new String[] {"زار", "عباس"},
            new String[] {"عباس", "امس"});
    List<String[]> labels =
        List.of(
            new String[] {"O", "B-PERSON"},
            new String[] {"O", "B-PERSON"},
            new String[] {"O", "O"});

    assertThat(features(keys, labels, 2, 0))
        .containsExactly("q0=O", "om=PERSON", "omall=PERSON", "ol=B-PERSON");
    assertThat(features(keys, labels, 0, 1))
        .as("the other two mentions: one name, one not; tie to the first class by name")
        .containsExactly("q0=B-PERSON", "om=O", "ol=B-PERSON");
  }

  @Test
  void mostOtherMentionsDecideTheClassAndEachNameLabelIsSeen() {
    List<String[]> keys =
        List.of(new String[] {"النيل", "النيل", "النيل", "النيل"}, new String[] {"النيل"});
    List<String[]> labels =
        List.of(
            new String[] {"B-LOCATION", "B-ORGANIZATION", "B-ORGANIZATION", "I-ORGANIZATION"},
            new String[] {"O"});

    assertThat(features(keys, labels, 1, 0))
        .containsExactly(
            "q0=O", "om=ORGANIZATION", "ol=B-LOCATION", "ol=B-ORGANIZATION", "ol=I-ORGANIZATION");
  }

  // "عباس في", fillers one-word sentences, then "عباس في" again, missed
  private static List<String> lastMention(int fillers) {
    List<String[]> keys = new ArrayList<>();
    List<String[]> labels = new ArrayList<>();
    keys.add(new String[] {"عباس", "في"});
    labels.add(new String[] {"B-PERSON", "B-LOCATION"});
    for (int s = 0; s < fillers; s++) {
      keys.add(new String[] {"امس"});
      labels.add(new String[] {"O"});
    }
    keys.add(new String[] {"عباس", "في"});
    labels.add(new String[] {"O", "O"});
    List<String> features = new ArrayList<>(features(keys, labels, fillers + 1, 0));
    features.add("|");
    features.addAll(features(keys, labels, fillers + 1, 1));
    return features;
  }

  @Test
  void mentionsMoreThanTheWindowAwayOrOfShortKeysDoNotCount() {
    assertThat(lastMention(NearbyMentions.WINDOW - 1))
        .containsExactly("q0=O", "om=PERSON", "omall=PERSON", "ol=B-PERSON", "|", "q0=O");
    assertThat(lastMention(NearbyMentions.WINDOW)).containsExactly("q0=O", "|", "q0=O");
  }
}
