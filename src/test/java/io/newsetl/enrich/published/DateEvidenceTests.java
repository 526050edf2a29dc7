package io.newsetl.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DateEvidenceTests {

  @Test
  void labelsAreTheColumnValuesInOrderOfReliability() {
    assertThat(Arrays.stream(DateEvidence.values()).map(DateEvidence::label))
        .containsExactly(
            "json-ld",
            "open-graph",
            "meta",
            "metadata",
            "time-element",
            "dateline",
            "url",
            "path",
            "text");
  }

  @Test
  void readsLabelsBack() {
    assertThat(DateEvidence.ofLabel("time-element")).contains(DateEvidence.TIME_ELEMENT);
    assertThat(DateEvidence.ofLabel("TIME_ELEMENT")).isEmpty();
  }
}
