package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsetl.enrich.SeedArticle;
import io.newsetl.enrich.entities.NameClass;
import io.newsetl.enrich.entities.NameTagger;
import io.newsetl.enrich.entities.TaggedName;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BundledNameTaggersTests {

  static final BundledNameTaggers TAGGERS = new BundledNameTaggers();

  static List<String> texts(String text, List<TaggedName> names, NameClass nameClass) {
    return names.stream()
        .filter(n -> n.nameClass() == nameClass)
        .map(n -> text.substring(n.start(), n.end()))
        .toList();
  }

  @Test
  void englishFindsPeopleAndOrganizations() {
    String text =
        "White House national security adviser Jake Sullivan said on Wednesday that Microsoft "
            + "had detected the intrusion quickly.\nChina denied the claims.";
    List<TaggedName> names = TAGGERS.forLanguage("en").orElseThrow().tag(text);
    assertThat(texts(text, names, NameClass.PERSON)).contains("Jake Sullivan");
    assertThat(texts(text, names, NameClass.ORGANIZATION)).contains("Microsoft");
    assertThat(texts(text, names, NameClass.LOCATION)).contains("China");
    assertThat(names).allSatisfy(n -> assertThat(n.confidence()).isBetween(0.0, 1.0));
    assertThat(names).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
  }

  @Test
  void arabicFindsPeopleInTheSeedArticle() {
    String text = SeedArticle.text();
    List<String> people =
        texts(text, TAGGERS.forLanguage("ar").orElseThrow().tag(text), NameClass.PERSON);
    assertThat(people)
        .anyMatch(p -> p.contains("وانغ") || p.contains("هودج") || p.contains("ميللر"));
  }

  @Test
  void arabicFindsAPersonInASentence() {
    String text =
        "وقال آدم هودج المتحدث باسم مجلس الأمن القومي في البيت الأبيض إن الاختراق أثر على الأنظمة.";
    List<TaggedName> names = TAGGERS.forLanguage("ar").orElseThrow().tag(text);
    assertThat(names)
        .extracting(n -> text.substring(n.start(), n.end()), TaggedName::nameClass)
        .contains(tuple("آدم هودج", NameClass.PERSON));
  }

  @Test
  void otherLanguagesHaveNoTagger() {
    assertThat(TAGGERS.forLanguage("fr")).isEmpty();
    assertThat(TAGGERS.forLanguage("zh")).isEmpty();
    assertThat(TAGGERS.forLanguage(null)).isEmpty();
  }

  @Test
  void emptyAndPunctuationOnlyTextHaveNoNames() {
    NameTagger tagger = TAGGERS.forLanguage("en").orElseThrow();
    assertThat(tagger.tag("")).isEmpty();
    assertThat(tagger.tag(" ... !!! \n ")).isEmpty();
  }

  @Test
  void oneTaggerPerLanguageSharedAcrossThreads() throws Exception {
    BundledNameTaggers taggers = new BundledNameTaggers();
    String text = "Jake Sullivan met Antony Blinken in Washington.";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TaggedName>>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  8, () -> taggers.forLanguage("en").orElseThrow().tag(text)));
      List<TaggedName> first = results.get(0).get();
      for (Future<List<TaggedName>> result : results) {
        assertThat(result.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(taggers.forLanguage("en").orElseThrow())
        .isSameAs(taggers.forLanguage("en").orElseThrow());
  }
}
