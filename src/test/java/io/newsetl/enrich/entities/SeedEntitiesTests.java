package io.newsetl.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.enrich.entities.tagger.BundledNameTaggers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linking on the acceptance article (Arabic, sample-input): every identity the article names is
 * found, and every linked mention has the right identity.
 */
class SeedEntitiesTests {

  private static final Path SEED = Path.of("sample-input/2023/07/13/000_2974fc50fc4f2d80.txt");

  /** The identities the article names: canonical name and id. */
  private static final Map<String, String> EXPECTED =
      Map.ofEntries(
          Map.entry("China", "Q148"),
          Map.entry("United States", "Q30"),
          Map.entry("Microsoft", "Q2283"),
          Map.entry("White House", "Q35525"),
          Map.entry("Reuters", "Q130879"),
          Map.entry("Jake Sullivan", "ne:person/jake-sullivan"),
          Map.entry("Wang Wenbin", "ne:person/wang-wenbin"),
          Map.entry("Adam Hodge", "ne:person/adam-hodge"),
          Map.entry("Matthew Miller", "ne:person/matthew-miller"),
          Map.entry("Janet Yellen", "ne:person/janet-yellen"),
          Map.entry("Antony Blinken", "ne:person/antony-blinken"),
          Map.entry("Washington", "Q61"),
          Map.entry("Beijing", "Q956"),
          Map.entry("Western Europe", "Q27496"),
          Map.entry("Outlook", "ne:product/outlook"),
          Map.entry("Storm-0558", "ne:threat-actor/storm-0558"),
          Map.entry("United States Department of State", "Q789915"),
          Map.entry("Ministry of Foreign Affairs of China", "ne:government/cn-mfa"),
          Map.entry("United States Department of the Treasury", "ne:government/us-treasury"),
          Map.entry("United States National Security Council", "ne:government/us-nsc"),
          Map.entry("United States Department of Homeland Security", "ne:government/us-dhs"),
          Map.entry("Cybersecurity and Infrastructure Security Agency", "ne:government/us-cisa"));

  /** What each way the article writes a name refers to (hand-checked against the text). */
  private static final Map<String, String> GOLD =
      Map.ofEntries(
          Map.entry("الصين", "Q148"),
          Map.entry("للصين", "Q148"),
          Map.entry("الصينية", "Q148"),
          Map.entry("الصينيين", "Q148"),
          Map.entry("الولايات المتحدة", "Q30"),
          Map.entry("الأمريكية", "Q30"),
          Map.entry("الأمريكي", "Q30"),
          Map.entry("الأمريكيين", "Q30"),
          Map.entry("مايكروسوفت", "Q2283"),
          Map.entry("Microsoft", "Q2283"),
          Map.entry("البيت الأبيض", "Q35525"),
          Map.entry("للبيت الأبيض", "Q35525"),
          Map.entry("رويترز", "Q130879"),
          Map.entry("جيك سوليفان", "ne:person/jake-sullivan"),
          Map.entry("وانغ وين بين", "ne:person/wang-wenbin"),
          Map.entry("آدم هودج", "ne:person/adam-hodge"),
          Map.entry("هودج", "ne:person/adam-hodge"),
          Map.entry("ماثيو ميللر", "ne:person/matthew-miller"),
          Map.entry("جانيت يلين", "ne:person/janet-yellen"),
          Map.entry("أنتوني بلينكين", "ne:person/antony-blinken"),
          Map.entry("واشنطن", "Q61"),
          Map.entry("بكين", "Q956"),
          Map.entry("أوروبا الغربية", "Q27496"),
          Map.entry("Outlook", "ne:product/outlook"),
          Map.entry("Storm-0558", "ne:threat-actor/storm-0558"),
          Map.entry("وزارة الخارجية الأمريكية", "Q789915"),
          Map.entry("وزارة الخارجية الصينية", "ne:government/cn-mfa"),
          Map.entry("الخزانة الأمريكية", "ne:government/us-treasury"),
          Map.entry("مجلس الأمن القومي", "ne:government/us-nsc"),
          Map.entry("وزارة الأمن الداخلي الأمريكية", "ne:government/us-dhs"),
          Map.entry("وكالة الأمن السيبراني وأمن البنية التحتية", "ne:government/us-cisa"));

  private static List<EntityMention> mentions;

  @BeforeAll
  static void extract() throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    mentions =
        EntityExtractor.withBundledKnowledgeBase(new BundledNameTaggers()).extract(text, "ar");
    mentions.forEach(
        m ->
            System.out.printf(
                "%5d %-45s %-13s %-10s %s %s%n",
                m.start(), m.text(), m.type(), m.fineType(), m.canonical(), m.id().orElse("-")));
  }

  @Test
  void everyIdentityTheArticleNamesIsFound() {
    Map<String, String> found =
        mentions.stream()
            .filter(m -> m.id().isPresent())
            .collect(Collectors.toMap(EntityMention::canonical, m -> m.id().get(), (a, b) -> a));
    assertThat(found).containsAllEntriesOf(EXPECTED);
  }

  @Test
  void everyLinkedMentionHasTheRightIdentity() {
    List<EntityMention> linked = mentions.stream().filter(m -> m.id().isPresent()).toList();
    assertThat(linked)
        .hasSizeGreaterThan(40)
        .allSatisfy(
            m -> assertThat(m.id()).as(m.text() + " at " + m.start()).contains(GOLD.get(m.text())));
    Set<String> ids = linked.stream().map(m -> m.id().get()).collect(Collectors.toSet());
    assertThat(ids).containsExactlyInAnyOrderElementsOf(Set.copyOf(EXPECTED.values()));
  }

  @Test
  void mentionsOfOneEntityShareItsCanonical() {
    assertThat(mentions)
        .filteredOn(m -> m.text().equals("هودج"))
        .singleElement()
        .extracting(EntityMention::canonical)
        .isEqualTo("Adam Hodge");
    assertThat(mentions)
        .filteredOn(m -> m.id().equals(java.util.Optional.of("Q148")))
        .extracting(EntityMention::canonical)
        .containsOnly("China");
  }
}
