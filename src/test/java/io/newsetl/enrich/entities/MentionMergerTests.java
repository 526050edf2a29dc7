package io.newsetl.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MentionMergerTests {

  // each new mention starts after the one before it, as in a text
  private int offset;

  private EntityMention linked(String text, NameClass type, String fineType, String id) {
    return mention(text, type, fineType, text, Optional.of(id));
  }

  private EntityMention tagged(String text, NameClass type) {
    return mention(text, type, type.name(), text, Optional.empty());
  }

  private EntityMention mention(
      String text, NameClass type, String fineType, String canonical, Optional<String> id) {
    int start = offset;
    offset += text.length() + 1;
    return new EntityMention(
        text, start, start + text.length(), type, fineType, canonical, id, 0.9);
  }

  /** "text=id/type" of each merged mention. */
  private static List<String> merged(EntityMention... mentions) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : MentionMerger.merge(List.of(mentions))) {
      out.add(m.text() + "=" + m.id().orElse("-") + "/" + m.type());
    }
    return out;
  }

  @Test
  void aSurnameTakesTheFullNameBeforeIt() {
    assertThat(
            merged(
                linked("Jake Sullivan", NameClass.PERSON, "PERSON", "ne:person/jake-sullivan"),
                tagged("Sullivan", NameClass.PERSON)))
        .containsExactly(
            "Jake Sullivan=ne:person/jake-sullivan/PERSON",
            "Sullivan=ne:person/jake-sullivan/PERSON");
  }

  @Test
  void aShortOrganizationNameTakesTheOneLinkedNameItBegins() {
    assertThat(
            merged(
                linked("مانشستر يونايتد", NameClass.ORGANIZATION, "COMPANY", "Q18656"),
                tagged("مانشستر", NameClass.ORGANIZATION),
                tagged("Manchester", NameClass.LOCATION)))
        .containsExactly(
            "مانشستر يونايتد=Q18656/ORGANIZATION",
            "مانشستر=Q18656/ORGANIZATION",
            "Manchester=-/LOCATION");
    // names of two entities begin with the word: it stays unlinked
    assertThat(
            merged(
                linked(
                    "الاتحاد الأوروبي",
                    NameClass.ORGANIZATION,
                    "INTERNATIONAL_ORGANIZATION",
                    "Q458"),
                linked(
                    "الاتحاد الآسيوي",
                    NameClass.ORGANIZATION,
                    "INTERNATIONAL_ORGANIZATION",
                    "ne:org/afc"),
                tagged("الاتحاد", NameClass.ORGANIZATION)))
        .containsExactly(
            "الاتحاد الأوروبي=Q458/ORGANIZATION",
            "الاتحاد الآسيوي=ne:org/afc/ORGANIZATION",
            "الاتحاد=-/ORGANIZATION");
    // nor when an unlinked name begins with it too: a brand of several organizations
    assertThat(
            merged(
                linked(
                    "Sky News",
                    NameClass.ORGANIZATION,
                    "BROADCASTER",
                    "newsetl:broadcaster/sky-news"),
                tagged("Sky Networks", NameClass.ORGANIZATION),
                tagged("Sky", NameClass.ORGANIZATION)))
        .containsExactly(
            "Sky News=newsetl:broadcaster/sky-news/ORGANIZATION",
            "Sky Networks=-/ORGANIZATION",
            "Sky=-/ORGANIZATION");
  }

  @Nested
  class NamesWrittenLikeALinkedMention {

    @Test
    void anOrganizationTakenForAPersonOrAPlaceIsLinkedWithItsClass() {
      assertThat(
              merged(
                  tagged("Yukos", NameClass.PERSON),
                  linked("Yukos", NameClass.ORGANIZATION, "COMPANY", "ne:company/yukos"),
                  tagged("GM", NameClass.LOCATION),
                  linked("GM", NameClass.ORGANIZATION, "COMPANY", "Q81965"),
                  tagged("Yukos", NameClass.LOCATION)))
          .containsExactly(
              "Yukos=ne:company/yukos/ORGANIZATION",
              "Yukos=ne:company/yukos/ORGANIZATION",
              "GM=Q81965/ORGANIZATION",
              "GM=Q81965/ORGANIZATION",
              "Yukos=ne:company/yukos/ORGANIZATION");
    }

    @Test
    void theSameClassIsLinked() {
      assertThat(
              merged(
                  linked("Russian", NameClass.MISC, "NATIONALITY", "Q159"),
                  tagged("Russian", NameClass.MISC)))
          .containsExactly("Russian=Q159/MISC", "Russian=Q159/MISC");
    }

    @Test
    void aClubOrCompanyNamedAfterAPlaceIsNotThePlace() {
      assertThat(
              merged(
                  linked("Barcelona", NameClass.LOCATION, "CITY", "Q1492"),
                  tagged("Barcelona", NameClass.ORGANIZATION)))
          .containsExactly("Barcelona=Q1492/LOCATION", "Barcelona=-/ORGANIZATION");
    }

    @Test
    void aPlaceIsNotThePersonOfTheSameName() {
      assertThat(
              merged(
                  linked("Jordan", NameClass.PERSON, "PERSON", "ne:person/michael-jordan"),
                  tagged("Jordan", NameClass.LOCATION)))
          .containsExactly("Jordan=ne:person/michael-jordan/PERSON", "Jordan=-/LOCATION");
    }

    @Test
    void theNearestLinkedMentionBeforeWins() {
      assertThat(
              merged(
                  linked("Jackson", NameClass.PERSON, "PERSON", "ne:person/michael-jackson"),
                  linked("Jackson", NameClass.PERSON, "PERSON", "ne:person/janet-jackson"),
                  tagged("Jackson", NameClass.PERSON)))
          .containsExactly(
              "Jackson=ne:person/michael-jackson/PERSON",
              "Jackson=ne:person/janet-jackson/PERSON",
              "Jackson=ne:person/janet-jackson/PERSON");
    }
  }
}
