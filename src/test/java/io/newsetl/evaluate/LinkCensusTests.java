package io.newsetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.newsetl.enrich.entities.EntityExtractor;
import io.newsetl.enrich.entities.NameTaggers;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCensusTests {

  private static final EntityExtractor KB_ONLY =
      EntityExtractor.withBundledKnowledgeBase(NameTaggers.none());

  private static final List<CensusTexts.Text> TEXTS =
      List.of(
          new CensusTexts.Text("a", "China and Russia met. China said."),
          new CensusTexts.Text("b", "قالت رويترز إن الصين ردت."),
          new CensusTexts.Text("c", "Nothing to see here."));

  private static LinkCensus census() {
    return LinkCensus.of(TEXTS, t -> KB_ONLY.extract(t.text(), t.name().equals("b") ? "ar" : "en"));
  }

  @Test
  void countsMentionsLinksAndEntitiesAcrossTexts() {
    LinkCensus census = census();

    assertThat(census.articles()).isEqualTo(3);
    assertThat(census.mentions()).isEqualTo(5);
    assertThat(census.linked()).isEqualTo(5);
    assertThat(census.linkedPerEntity())
        .containsExactly(
            entry("China (Q148)", 3), entry("Reuters (Q130879)", 1), entry("Russia (Q159)", 1));
  }

  @Test
  void theSampleIsSeededAndHasEachLinkOnceInContext() {
    LinkCensus census = census();

    assertThat(census.sample(3, 7))
        .isEqualTo(census.sample(3, 7))
        .hasSize(3)
        .doesNotHaveDuplicates();
    assertThat(census.sample(50, 7))
        .hasSize(5)
        .contains("Russia (Q159) | Russia | China and [Russia] met. China said.");
  }

  @Test
  void everyMentionIsOneTabSeparatedLine() throws IOException {
    StringBuilder out = new StringBuilder();
    census().writeMentions(out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).startsWith("source\tstart\tend\ttext\tclass");
    assertThat(lines.get(1)).isEqualTo("a\t0\t5\tChina\tLOCATION\tCOUNTRY\tChina\tQ148\t0.900");
    assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(9));
  }

  @Test
  void theSummaryGivesTheCountsTheTopEntitiesAndTheSample() {
    String summary = census().summary(1, 2, 1);

    assertThat(summary)
        .startsWith("3 articles, 5 mentions, 5 linked (100.0%) to 3 entities")
        .contains("      3  China (Q148)")
        .doesNotContain("      1  Reuters")
        .contains("random linked mentions to check (seed 1):");
    assertThat(summary.lines().filter(l -> l.startsWith("  ") && l.contains(" | "))).hasSize(2);
  }
}
