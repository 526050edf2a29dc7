package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstPassLabelsTests {

  private static final List<String> CLASSES =
      List.of("O", "PERSON", "ORGANIZATION", "LOCATION", "MISC");

  // the features of one token, spelled out: "own=O", "most=PERSON", "all=PERSON", "seen=B-PERSON"
  private static List<String> features(
      List<String[]> keys, List<String[]> labels, int sentence, int token) {
    List<FeatureValues> values = keys.stream().map(FeatureValues::of).toList();
    List<int[]> indexes = new ArrayList<>();
    for (String[] l : labels) {
      int[] ids = new int[l.length];
      for (int i = 0; i < l.length; i++) {
        ids[i] = NameLabels.index(l[i]);
      }
      indexes.add(ids);
    }
    List<String> out = new ArrayList<>();
    FirstPassLabels.of(
        values,
        indexes,
        (s, i, f) -> {
          if (s == sentence && i == token) {
            out.add(name(f));
          }
        });
    return out;
  }

  private static String name(int f) {
    assertThat(f).isBetween(0, FirstPassLabels.COUNT - 1);
    if (f < FirstPassLabels.MOST) {
      return "own=" + NameLabels.ALL.get(f - FirstPassLabels.OWN);
    }
    if (f < FirstPassLabels.ALL) {
      return "most=" + CLASSES.get(f - FirstPassLabels.MOST);
    }
    if (f < FirstPassLabels.SEEN) {
      return "all=" + CLASSES.get(f - FirstPassLabels.ALL);
    }
    return "seen=" + NameLabels.ALL.get(f - FirstPassLabels.SEEN + 1);
  }

  @Test
  void classesFollowTheLabelOrder() {
    for (int l = 0; l < NameLabels.COUNT; l++) {
      String label = NameLabels.ALL.get(l);
      assertThat(CLASSES.get(FirstPassLabels.classOf(l)))
          .isEqualTo(label.equals("O") ? "O" : label.substring(2));
    }
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
        .containsExactly("own=O", "most=PERSON", "all=PERSON", "seen=B-PERSON");
    assertThat(features(keys, labels, 0, 1))
        .as("the other two mentions: one name, one not; a tie goes to O")
        .containsExactly("own=B-PERSON", "most=O", "seen=B-PERSON");
    assertThat(features(keys, labels, 2, 1)).as("no other mention").containsExactly("own=O");
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
            "own=O",
            "most=ORGANIZATION",
            "seen=B-ORGANIZATION",
            "seen=I-ORGANIZATION",
            "seen=B-LOCATION");
    assertThat(features(keys, labels, 0, 0))
        .as("its own label does not count among the others")
        .containsExactly(
            "own=B-LOCATION", "most=ORGANIZATION", "seen=B-ORGANIZATION", "seen=I-ORGANIZATION");
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
        .containsExactly("own=O", "most=PERSON", "all=PERSON", "seen=B-PERSON", "|", "own=O");
    assertThat(lastMention(NearbyMentions.WINDOW)).containsExactly("own=O", "|", "own=O");
  }
}
