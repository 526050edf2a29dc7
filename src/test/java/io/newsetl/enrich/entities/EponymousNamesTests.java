package io.newsetl.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EponymousNamesTests {

  private static EntityMention person(String text, String name) {
    int start = text.indexOf(name);
    return new EntityMention(
        name,
        start,
        start + name.length(),
        NameClass.PERSON,
        "PERSON",
        "Fahd of Saudi Arabia",
        Optional.of("ne:person/king-fahd"),
        0.9);
  }

  @Test
  void eachKindOfHeadGivesItsClass() {
    for (String[] c :
        new String[][] {
          {"طريق", "LOCATION"},
          {"جسر", "LOCATION"},
          {"جامعة", "ORGANIZATION"},
          {"مكتبة", "ORGANIZATION"},
          {"جائزة", "MISC"}
        }) {
      String text = "افتتح " + c[0] + " الملك فهد";
      List<EntityMention> renamed = EponymousNames.rename(text, List.of(person(text, "الملك فهد")));
      assertThat(renamed)
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.text()).isEqualTo(c[0] + " الملك فهد");
                assertThat(m.type().name()).isEqualTo(c[1]);
                assertThat(m.fineType()).isEqualTo(c[1]);
                assertThat(m.id()).isEmpty();
                assertThat(m.confidence()).isEqualTo(0.9);
              });
    }
  }

  @Test
  void cliticsStayOutsideAndOtherPrefixesDoNotCount() {
    String text = "ولمستشفى الملك فهد";
    assertThat(EponymousNames.rename(text, List.of(person(text, "الملك فهد"))))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("مستشفى الملك فهد"));
    // المستشفى is not the head of a name, and a word that merely ends in a head is none
    for (String other : new String[] {"المستشفى الملك فهد", "امستشفى الملك فهد"}) {
      EntityMention m = person(other, "الملك فهد");
      assertThat(EponymousNames.rename(other, List.of(m))).containsExactly(m);
    }
  }

  @Test
  void onlyLinkedPersonsAfterTheHeadAndNothingAcrossAnotherMention() {
    String text = "مستشفى الملك فهد";
    EntityMention unlinked =
        new EntityMention(
            "الملك فهد", 7, 16, NameClass.PERSON, "PERSON", "الملك فهد", Optional.empty(), 0.5);
    assertThat(EponymousNames.rename(text, List.of(unlinked))).containsExactly(unlinked);
    EntityMention head =
        new EntityMention(
            "مستشفى", 0, 6, NameClass.ORGANIZATION, "ORGANIZATION", "مستشفى", Optional.empty(), 1);
    EntityMention fahd = person(text, "الملك فهد");
    assertThat(EponymousNames.rename(text, List.of(head, fahd))).containsExactly(head, fahd);
    // a quote between the head and the name keeps the person
    String quoted = "مستشفى «الملك فهد»";
    EntityMention inQuotes = person(quoted, "الملك فهد");
    assertThat(EponymousNames.rename(quoted, List.of(inQuotes))).containsExactly(inQuotes);
  }
}
