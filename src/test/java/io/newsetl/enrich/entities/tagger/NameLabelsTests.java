package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameLabelsTests {

  private static List<String> bilou(String... iob2) {
    return Arrays.stream(NameLabels.encode(List.of(iob2))).mapToObj(NameLabels.ALL::get).toList();
  }

  @Test
  void oAndFourLabelsPerClass() {
    assertThat(NameLabels.COUNT).isEqualTo(17);
    assertThat(NameLabels.ALL.subList(0, 5))
        .containsExactly("O", "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON");
    assertThat(NameLabels.classOf(0)).isZero();
    assertThat(NameLabels.classOf(NameLabels.index("U-PERSON"))).isEqualTo(1);
    assertThat(NameLabels.classOf(NameLabels.index("B-ORGANIZATION"))).isEqualTo(2);
  }

  @Test
  void goldIob2BecomesBilou() {
    assertThat(bilou("B-PERSON", "I-PERSON", "I-PERSON", "O", "B-LOCATION"))
        .containsExactly("B-PERSON", "I-PERSON", "L-PERSON", "O", "U-LOCATION");
    assertThat(bilou("B-LOCATION", "B-LOCATION", "I-LOCATION"))
        .containsExactly("U-LOCATION", "B-LOCATION", "L-LOCATION");
  }

  @Test
  void anIAfterOOrAnotherClassBeginsAName() {
    assertThat(bilou("O", "I-MISC", "I-MISC", "I-PERSON"))
        .containsExactly("O", "B-MISC", "L-MISC", "U-PERSON");
  }

  @Test
  void labelsComeOutAsIob2() {
    int[] labels = NameLabels.encode(List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION"));
    assertThat(NameLabels.names(labels)).containsExactly("B-PERSON", "I-PERSON", "O", "B-LOCATION");
  }

  @Test
  void aNameOpenedMustGoOnInItsClassAndOnlyAnOpenNameGoesOn() {
    int b = NameLabels.index("B-PERSON");
    int i = NameLabels.index("I-PERSON");
    int l = NameLabels.index("L-PERSON");
    int u = NameLabels.index("U-PERSON");
    int otherL = NameLabels.index("L-LOCATION");
    assertThat(NameLabels.allowed(b, i)).isTrue();
    assertThat(NameLabels.allowed(b, l)).isTrue();
    assertThat(NameLabels.allowed(i, l)).isTrue();
    assertThat(NameLabels.allowed(b, 0)).isFalse();
    assertThat(NameLabels.allowed(b, u)).isFalse();
    assertThat(NameLabels.allowed(b, otherL)).isFalse();
    assertThat(NameLabels.allowed(-1, i)).isFalse();
    assertThat(NameLabels.allowed(0, l)).isFalse();
    assertThat(NameLabels.allowed(l, i)).isFalse();
    assertThat(NameLabels.allowed(l, b)).isTrue();
    assertThat(NameLabels.allowed(u, u)).isTrue();
    assertThat(NameLabels.allowed(-1, 0)).isTrue();
  }

  @Test
  void unknownLabelsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> NameLabels.index("E-PERSON"));
  }
}
