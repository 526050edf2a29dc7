package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.enrich.entities.NameClass;
import io.newsetl.enrich.entities.kb.KnowledgeBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownNamesTests {

  private static final Map<String, NameClass> ARABIC = KnownNames.of(KnowledgeBase.bundled(), "ar");

  @Test
  void holdsTheKnowledgeBasesNamesInTheLanguageWithTheirCoarseClass() {
    assertThat(ARABIC)
        .containsEntry("رويترز", NameClass.ORGANIZATION)
        .containsEntry("الصين", NameClass.LOCATION)
        .containsEntry("مايكروسوفت", NameClass.ORGANIZATION)
        .doesNotContainKey("Reuters");
  }

  @Test
  void leavesOutAmbiguousAliasesThatAreMostlyCommonWords() {
    // Al Arabiya's bare name is the adjective "Arab"; Fatah's is the verb "opened"
    assertThat(ARABIC).doesNotContainKey("العربية").doesNotContainKey("فتح");
    assertThat(ARABIC).containsEntry("حركة فتح", NameClass.ORGANIZATION);
  }

  @Test
  void leavesOutWholeWordAliasesBecauseTheTaggerAlsoMatchesAfterAClitic() {
    // آبل (Apple) counts only as a whole word in the knowledge base: not in كابل (Kabul)
    assertThat(ARABIC).doesNotContainKey("آبل").containsEntry("كابل", NameClass.LOCATION);
  }
}
