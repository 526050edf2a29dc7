package io.newsetl.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntityExtractorTests {

  private static final EntityExtractor KB_ONLY =
      EntityExtractor.withBundledKnowledgeBase(NameTaggers.none());

  /** "canonical/id/type" of every mention, checking that offsets point at the surface. */
  private static List<String> linked(EntityExtractor extractor, String text, String language) {
    List<EntityMention> mentions = extractor.extract(text, language);
    assertThat(mentions)
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    for (int i = 1; i < mentions.size(); i++) {
      assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
    }
    return mentions.stream()
        .map(m -> m.text() + "=" + m.canonical() + "/" + m.id().orElse("-") + "/" + m.type())
        .toList();
  }

  /** A tagger that returns the spans of the given surfaces, each time they occur. */
  private static NameTaggers tagging(
      String language, NameClass nameClass, double confidence, String... names) {
    NameTagger tagger =
        text -> {
          List<TaggedName> found = new ArrayList<>();
          for (String name : names) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
              found.add(new TaggedName(i, i + name.length(), nameClass, confidence));
            }
          }
          found.sort(
              (a, b) ->
                  a.start() != b.start()
                      ? Integer.compare(a.start(), b.start())
                      : b.end() - a.end());
          List<TaggedName> apart = new ArrayList<>();
          for (TaggedName name : found) {
            if (apart.isEmpty() || name.start() >= apart.get(apart.size() - 1).end()) {
              apart.add(name);
            }
          }
          return apart;
        };
    return lang -> lang.equals(language) ? Optional.of(tagger) : Optional.empty();
  }

  @Test
  void theTwoCongosAreToldApartByTheirArabicNames() {
    assertThat(
            linked(
                KB_ONLY,
                "زار الوزير الكونغو الديموقراطية ثم جمهورية الكونغو الديمقراطية وجمهورية الكونغو",
                "ar"))
        .containsExactly(
            "الكونغو الديموقراطية=Democratic Republic of the Congo/Q974/LOCATION",
            "جمهورية الكونغو الديمقراطية=Democratic Republic of the Congo/Q974/LOCATION",
            "جمهورية الكونغو=Republic of the Congo/Q971/LOCATION");
  }

  @Test
  void theWorldWarsAndTheColdWarAreEventsInEveryLanguage() {
    assertThat(linked(KB_ONLY, "بعد الحرب العالمية الثانية بدأت الحرب الباردة", "ar"))
        .containsExactly(
            "الحرب العالمية الثانية=World War II/Q362/MISC", "الحرب الباردة=Cold War/Q8683/MISC");
    assertThat(linked(KB_ONLY, "Nach dem Zweiten Weltkrieg begann der Kalte Krieg.", "de"))
        .containsExactly(
            "Zweiten Weltkrieg=World War II/Q362/MISC", "Kalte Krieg=Cold War/Q8683/MISC");
    assertThat(linked(KB_ONLY, "После Первой мировой войны", "ru"))
        .containsExactly("Первой мировой войны=World War I/Q361/MISC");
    assertThat(linked(KB_ONLY, "第二次世界大战结束后，冷战开始。", "zh"))
        .containsExactly("第二次世界大战=World War II/Q362/MISC", "冷战=Cold War/Q8683/MISC");
  }

  @Test
  void theGulfStatesAreARegionApartFromTheCouncilAndTheSea() {
    assertThat(linked(KB_ONLY, "وقعت دول الخليج اتفاقا", "ar"))
        .containsExactly(
            "دول الخليج=Arab states of the Persian Gulf/ne:region/gulf-states/LOCATION");
    assertThat(linked(KB_ONLY, "وزراء دول مجلس التعاون لدول الخليج العربية", "ar"))
        .containsExactly(
            "مجلس التعاون لدول الخليج العربية=Gulf Cooperation Council/ne:org/gcc/ORGANIZATION");
  }

  @Test
  void anArabicKnownNameThatBeginsBeforeATaggedNameAndEndsInsideItIsTheMention() {
    EntityExtractor tagged =
        EntityExtractor.withBundledKnowledgeBase(
            tagging("ar", NameClass.ORGANIZATION, 0.8, "السويس الجديدة"));
    assertThat(linked(tagged, "افتتحت مصر قناة السويس الجديدة أمس", "ar"))
        .containsExactly(
            "مصر=Egypt/Q79/LOCATION", "قناة السويس=Suez Canal/ne:region/suez-canal/LOCATION");
    // a tagged name that the known name does not cross stays as tagged
    assertThat(linked(tagged, "افتتحت مصر السويس الجديدة أمس", "ar"))
        .contains("السويس الجديدة=السويس الجديدة/-/ORGANIZATION");
  }

  @Test
  void anEnglishTaggedNameKeepsItsBoundsWhereAKnownNameCrossesThem() {
    EntityExtractor tagged =
        EntityExtractor.withBundledKnowledgeBase(
            tagging("en", NameClass.ORGANIZATION, 0.8, "Telegraph Group"));
    assertThat(linked(tagged, "The Telegraph Group was sold.", "en"))
        .containsExactly("Telegraph Group=Telegraph Group/-/ORGANIZATION");
  }

  @Test
  void aPersonsNameAfterTheHeadOfAPlaceOrInstitutionNamesThePlaceOrInstitution() {
    assertThat(linked(KB_ONLY, "نقل المصاب إلى مستشفى الملك فهد بالظهران", "ar"))
        .containsExactly(
            "مستشفى الملك فهد=مستشفى الملك فهد/-/ORGANIZATION",
            "الظهران=Dhahran/ne:city/dhahran/LOCATION");
    // a clitic on the head stays outside; the person alone is still the person
    assertThat(linked(KB_ONLY, "وصل بمطار أتاتورك ثم قال الملك فهد", "ar"))
        .containsExactly(
            "مطار أتاتورك=مطار أتاتورك/-/LOCATION",
            "الملك فهد=Fahd of Saudi Arabia/ne:person/king-fahd/PERSON");
    assertThat(linked(KB_ONLY, "وافتتح مركز الملك فهد الثقافي", "ar"))
        .containsExactly("مركز الملك فهد=مركز الملك فهد/-/ORGANIZATION");
    // an institution the knowledge base knows is linked
    assertThat(linked(KB_ONLY, "وقدم مركز الملك سلمان للإغاثة مساعدات", "ar"))
        .containsExactly(
            "مركز الملك سلمان للإغاثة=King Salman Humanitarian Aid and Relief Centre"
                + "/ne:government/ksrelief/ORGANIZATION");
    // a head that does not stand right before the name changes nothing
    assertThat(linked(KB_ONLY, "زار المستشفى الملك فهد", "ar"))
        .containsExactly("الملك فهد=Fahd of Saudi Arabia/ne:person/king-fahd/PERSON");
  }

  @Test
  void knowledgeBaseAloneLinksNamesInEveryLanguage() {
    assertThat(linked(KB_ONLY, "Microsoft said China hacked U.S. accounts.", "en"))
        .containsExactly(
            "Microsoft=Microsoft/Q2283/ORGANIZATION",
            "China=China/Q148/LOCATION",
            "U.S.=United States/Q30/LOCATION");
    assertThat(linked(KB_ONLY, "Microsoft a accusé la Chine.", "fr"))
        .containsExactly("Microsoft=Microsoft/Q2283/ORGANIZATION", "Chine=China/Q148/LOCATION");
  }

  @Test
  void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
    String text =
        "Jake Sullivan said in Washington. Sullivan added that والصين وبكين 中国外交部 в Китае.";
    List<EntityMention> expected = KB_ONLY.extract(text, "en");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<EntityMention>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> KB_ONLY.extract(text, "en")));
      }
      for (Future<List<EntityMention>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).hasSize(7);
  }

  @Test
  void emptyAndNamelessTextsHaveNoEntities() {
    assertThat(KB_ONLY.extract("", "en")).isEmpty();
    assertThat(KB_ONLY.extract("  ... ،،، 123 —  ", "ar")).isEmpty();
    assertThat(KB_ONLY.extract("Microsoft", "xx")).hasSize(1);
  }

  @Nested
  class WithATagger {

    @Test
    void aTaggedNameTheKnowledgeBaseKnowsIsLinkedWithTheTaggersConfidence() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("en", NameClass.ORGANIZATION, 0.8, "Microsoft"));
      List<EntityMention> mentions = extractor.extract("Microsoft said so.", "en");
      assertThat(mentions)
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.id()).contains("Q2283");
                assertThat(m.confidence()).isEqualTo(0.8);
                assertThat(m.fineType()).isEqualTo("COMPANY");
              });
    }

    @Test
    void anUnknownTaggedNameStaysUnlinkedWithANormalizedCanonical() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("en", NameClass.ORGANIZATION, 0.7, "Northwind  Solar's"));
      assertThat(linked(extractor, "Northwind  Solar's plant near Seville.", "en"))
          .containsExactly(
              "Northwind  Solar's=Northwind Solar/-/ORGANIZATION",
              "Seville=Seville/Q8717/LOCATION");
    }

    @Test
    void anAdjectiveTaggedAsAPlaceIsLinkedAsTheNationality() {
      EntityExtractor places =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.LOCATION, 0.9, "السورية"));
      assertThat(linked(places, "في مدينة الرقة السورية", "ar"))
          .contains("السورية=Syria/Q858/MISC");
      // a person's name that is also an adjective stays the tagger's person
      EntityExtractor people =
          EntityExtractor.withBundledKnowledgeBase(tagging("ar", NameClass.PERSON, 0.9, "المصري"));
      assertThat(linked(people, "وقال المصري إن الفريق جاهز", "ar"))
          .containsExactly("المصري=المصري/-/PERSON");
    }

    @Test
    void aTaggedPhraseOfBlessingIsNoEntity() {
      EntityExtractor arabic =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.PERSON, 0.9, "رحمه الله", "عبدالله الحكيم"));
      assertThat(linked(arabic, "وكان عبدالله الحكيم رحمه الله أول من كتب", "ar"))
          .containsExactly("عبدالله الحكيم=عبدالله الحكيم/-/PERSON");
    }

    @Test
    void aCurrencyTaggedAsAPlaceIsNoEntity() {
      EntityExtractor arabic =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.LOCATION, 0.9, "باليورو", "الفرنك"));
      assertThat(linked(arabic, "سعر النفط باليورو ارتفع أمام الفرنك", "ar")).isEmpty();
    }

    @Test
    void aTaggedMiscNameMadeOfCurrencyNamesIsNoEntity() {
      EntityExtractor arabic =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.MISC, 0.9, "دولار", "بالريال", "ين", "دينار بحريني"));
      assertThat(linked(arabic, "بلغ 100 دولار أو 375 بالريال أو 150 ين.", "ar")).isEmpty();
      // a name with a word that is no currency stays
      assertThat(linked(arabic, "ودفع دينار بحريني", "ar"))
          .containsExactly("دينار بحريني=دينار بحريني/-/MISC");
    }

    @Test
    void aCurrencyTaggedAsAnOrganizationOrAPersonIsNoEntity() {
      EntityExtractor organizations =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.ORGANIZATION, 0.9, "ريال", "ريال مدريد"));
      assertThat(linked(organizations, "بلغ الاستثمار 1.5 تريليون ريال", "ar")).isEmpty();
      // a name with a word that is no currency stays
      assertThat(linked(organizations, "فاز ريال مدريد على خصمه", "ar"))
          .containsExactly("ريال مدريد=Real Madrid CF/Q8682/ORGANIZATION");
      EntityExtractor people =
          EntityExtractor.withBundledKnowledgeBase(tagging("ar", NameClass.PERSON, 0.9, "اليوان"));
      assertThat(linked(people, "خفضت الصين قيمة اليوان", "ar"))
          .containsExactly("الصين=China/Q148/LOCATION");
    }

    @Test
    void aMonthTaggedAsANameNextToADateIsNoEntity() {
      EntityExtractor organizations =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.ORGANIZATION, 0.9, "نيسان", "وتشرين الأول", "نيسان مورانو"));
      assertThat(linked(organizations, "في 22 أبريل (نيسان) 1985 وتشرين الأول", "ar")).isEmpty();
      // the carmaker, with the evidence the knowledge base asks of its bare name
      assertThat(linked(organizations, "أعلنت شركة نيسان أرباحها", "ar"))
          .containsExactly("شركة نيسان=Nissan/Q20165/ORGANIZATION");
      // a name with a word that is no month stays
      assertThat(linked(organizations, "وطرحت نيسان مورانو الجديدة", "ar"))
          .containsExactly("نيسان مورانو=نيسان مورانو/-/ORGANIZATION");
      // without a date around it, the bare name is the carmaker's, unlinked
      assertThat(linked(organizations, "جميعنا في نيسان متحمسون للرالي", "ar"))
          .containsExactly("نيسان=نيسان/-/ORGANIZATION");
    }

    @Test
    void aLongerKnowledgeBaseNameWinsOverTheTaggedPartsOfIt() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(tagging("en", NameClass.LOCATION, 0.9, "U.S."));
      assertThat(linked(extractor, "The U.S. State Department said.", "en"))
          .containsExactly(
              "U.S. State Department=United States Department of State/Q789915/ORGANIZATION");
    }

    @Test
    void aKnownNameTaggedWithItsNationalityAdjectiveIsLinkedAndSoIsTheAdjective() {
      EntityExtractor arabic =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.ORGANIZATION, 0.8, "إيني الإيطالية"));
      String text = "وقالت شركة إيني الإيطالية إنها ستبدأ الحفر.";
      assertThat(linked(arabic, text, "ar"))
          .containsExactly("إيني=Eni/ne:company/eni/ORGANIZATION", "الإيطالية=Italy/Q38/MISC");
      List<EntityMention> mentions = arabic.extract(text, "ar");
      assertThat(mentions.get(0).confidence()).isEqualTo(0.8);
      assertThat(mentions.get(1).fineType()).isEqualTo("NATIONALITY");
    }

    @Test
    void aKnownNameAndAnAdjectiveTaggedAsAnotherClassStayWhole() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.PERSON, 0.8, "إيني الإيطالية"));
      assertThat(linked(extractor, "قال إيني الإيطالية إنه سيبدأ.", "ar"))
          .containsExactly("إيني الإيطالية=إيني الإيطالية/-/PERSON");
    }

    @Test
    void theTaggersClassChoosesBetweenANameAndAPlace() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(tagging("en", NameClass.PERSON, 0.9, "Jordan"));
      assertThat(linked(extractor, "Jordan scored twice.", "en"))
          .containsExactly("Jordan=Jordan/-/PERSON");
      assertThat(linked(KB_ONLY, "Jordan closed its border.", "en"))
          .containsExactly("Jordan=Jordan/Q810/LOCATION");
    }

    @Test
    void anUnknownSurnameJoinsTheFullNameBeforeIt() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("en", NameClass.PERSON, 0.9, "Maria Lopez", "Lopez"));
      List<EntityMention> mentions =
          extractor.extract("Maria Lopez spoke. Later Lopez left.", "en");
      assertThat(mentions)
          .extracting(EntityMention::canonical)
          .containsExactly("Maria Lopez", "Maria Lopez");
    }

    @Test
    void aSurnameSharedByTwoKnownPeopleIsTheNearestOneBeforeIt() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("en", NameClass.PERSON, 0.9, "Nawaf Salam", "Tammam Salam", "Salam"));
      List<EntityMention> mentions =
          extractor.extract(
              "Salam won. Nawaf Salam spoke. Later Salam left. Tammam Salam replied and Salam"
                  + " laughed.",
              "en");
      assertThat(mentions)
          .extracting(EntityMention::canonical)
          .containsExactly(
              "Nawaf Salam", "Nawaf Salam", "Nawaf Salam", "Tammam Salam", "Tammam Salam");
    }

    @Test
    void aSurnameOfAKnownAndAnUnknownFullNameIsTheKnownOne() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("en", NameClass.PERSON, 0.9, "Jake Sullivan", "Mr Sullivan", "Sullivan"));
      List<EntityMention> mentions =
          extractor.extract("Jake Sullivan spoke. Mr Sullivan left. Sullivan laughed.", "en");
      assertThat(mentions.get(2).canonical()).isEqualTo("Jake Sullivan");
    }

    @Test
    void aTaggerForAnotherLanguageIsNotUsed() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.PERSON, 0.9, "Maria Lopez"));
      assertThat(extractor.extract("Maria Lopez spoke.", "en")).isEmpty();
    }
  }

  @Nested
  class Namesakes {

    @Test
    void theCountryUnlessTheArticleNamesTheStatesCapital() {
      assertThat(linked(KB_ONLY, "Floods in Georgia.", "en"))
          .containsExactly("Georgia=Georgia/Q230/LOCATION");
      assertThat(linked(KB_ONLY, "Floods in Georgia. Atlanta was hit.", "en"))
          .startsWith("Georgia=Georgia (U.S. state)/Q1428/LOCATION");
    }

    @Test
    void ambiguousAliasesNeedEvidenceOfTheirEntity() {
      assertThat(linked(KB_ONLY, "GDP grew in May.", "en")).isEmpty();
      assertThat(linked(KB_ONLY, "Theresa May spoke. May left.", "en"))
          .containsExactly(
              "Theresa May=Theresa May/ne:person/theresa-may/PERSON",
              "May=Theresa May/ne:person/theresa-may/PERSON");
    }

    @Test
    void aNamesakeWhoseAliasIsAmbiguousWinsWhereTheArticleNamesItsCountry() {
      // الملك عبدالله is Abdullah II of Jordan unless the article names Saudi Arabia
      assertThat(linked(KB_ONLY, "أعلنت السعودية أن الملك عبدالله أصدر أمرا.", "ar"))
          .contains("الملك عبدالله=Abdullah of Saudi Arabia/ne:person/king-abdullah-saudi/PERSON");
      assertThat(linked(KB_ONLY, "استقبل الملك عبدالله في الأردن وفدا.", "ar"))
          .contains("الملك عبدالله=Abdullah II of Jordan/ne:person/king-abdullah-ii/PERSON");
    }

    @Test
    void aTaggedNameThatGoesOnFromATitledNameIsThatPerson() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging(
                  "ar",
                  NameClass.PERSON,
                  0.9,
                  "سلمان بن عبدالعزيز آل سعود",
                  "تميم بن حمد آل ثاني"));
      assertThat(
              linked(
                  extractor,
                  "استقبل الملك سلمان بن عبدالعزيز آل سعود الشيخ تميم بن حمد آل ثاني.",
                  "ar"))
          .containsExactly(
              "سلمان بن عبدالعزيز آل سعود=Salman of Saudi Arabia/ne:person/king-salman/PERSON",
              "تميم بن حمد آل ثاني=Tamim bin Hamad Al Thani/ne:person/tamim-bin-hamad/PERSON");
    }

    @Test
    void aLineageTheKnowledgeBaseDoesNotGiveThePersonIsAnotherPerson() {
      // Prince Mohammed bin Fahd bin Abdulaziz, and a grandson of Mohammed bin Abdulrahman
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging(
                  "ar",
                  NameClass.PERSON,
                  0.9,
                  "محمد بن فهد بن عبد العزيز",
                  "محمد بن فهد بن محمد بن عبد الرحمن",
                  "تركي بن عبد الله الفيصل بن عبد العزيز"));
      assertThat(linked(extractor, "استقبل الأمير محمد بن فهد بن عبد العزيز الوفد.", "ar"))
          .containsExactly(
              "محمد بن فهد بن عبد العزيز=Mohammed bin Fahd/ne:person/mohammed-bin-fahd/PERSON");
      assertThat(linked(extractor, "حضر الأمير محمد بن فهد بن محمد بن عبد الرحمن الحفل.", "ar"))
          .containsExactly(
              "محمد بن فهد بن محمد بن عبد الرحمن=محمد بن فهد بن محمد بن عبد الرحمن/-/PERSON");
      // Turki bin Abdullah al-Faisal is not Turki bin Abdullah bin Abdulaziz
      assertThat(linked(extractor, "وحضر الأمير تركي بن عبد الله الفيصل بن عبد العزيز.", "ar"))
          .noneMatch(link -> link.contains("turki-bin-abdullah"));
      // the same without a tagged name: the knowledge base's name alone is followed by the lineage
      assertThat(linked(KB_ONLY, "وحضر الأمير تركي بن عبد الله الفيصل بن عبد العزيز.", "ar"))
          .noneMatch(link -> link.contains("turki-bin-abdullah"));
      assertThat(linked(KB_ONLY, "وحضر الأمير تركي بن عبد الله، أمير الرياض.", "ar"))
          .contains(
              "الأمير تركي بن عبد الله=Turki bin Abdullah/ne:person/turki-bin-abdullah/PERSON");
    }

    @Test
    void aTaggedNameThatAKnowledgeBaseNameBeginsGoesOnWithTheSameLineageOrIsAnotherPerson() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging(
                  "ar",
                  NameClass.PERSON,
                  0.9,
                  "محمد بن سلمان بن عبدالعزيز الخيرية",
                  "بالملك فهد بن عبدالعزيز",
                  "فهد بن عبدالعزيز بن معمر",
                  "محمد بن نايف بن عبدالعزيز آل سعود"));
      assertThat(linked(extractor, "تحدث محمد بن نايف بن عبدالعزيز آل سعود.", "ar"))
          .containsExactly(
              "محمد بن نايف بن عبدالعزيز آل سعود=Mohammed bin Nayef/ne:person/mohammed-bin-nayef/PERSON");
      assertThat(linked(extractor, "أشاد بالملك فهد بن عبدالعزيز في كلمته.", "ar"))
          .containsExactly(
              "بالملك فهد بن عبدالعزيز=Fahd of Saudi Arabia/ne:person/king-fahd/PERSON");
      // the knowledge base writes King Fahd on with آل سعود: بن معمر is another Fahd's lineage
      assertThat(linked(extractor, "قال فهد بن عبدالعزيز بن معمر إن", "ar"))
          .containsExactly("فهد بن عبدالعزيز بن معمر=فهد بن عبدالعزيز بن معمر/-/PERSON");
      // a word the tagger ran into after the name is no lineage: the tagged name stays unlinked
      assertThat(linked(extractor, "مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية", "ar"))
          .containsExactly(
              "محمد بن سلمان بن عبدالعزيز الخيرية=محمد بن سلمان بن عبدالعزيز الخيرية/-/PERSON");
    }

    @Test
    void aTaggedNameThatRunsPastATitledNameIntoAWordGivesWayToIt() {
      EntityExtractor extractor =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.PERSON, 0.9, "فهد بفتح"));
      assertThat(linked(extractor, "أمر الملك فهد بفتح الحدود.", "ar"))
          .containsExactly("الملك فهد=Fahd of Saudi Arabia/ne:person/king-fahd/PERSON");
    }

    @Test
    void aBareArabicNameThatIsAlsoACommonWordNeedsEvidence() {
      // حماس is also "enthusiasm": بحماس, "with enthusiasm"
      assertThat(linked(KB_ONLY, "استقبل الجمهور اللاعبين بحماس كبير.", "ar")).isEmpty();
      assertThat(linked(KB_ONLY, "وقالت حركة حماس إن حماس لن توقع.", "ar"))
          .containsExactly(
              "حركة حماس=Hamas/ne:org/hamas/ORGANIZATION", "حماس=Hamas/ne:org/hamas/ORGANIZATION");
    }

    @Test
    void anAgencyCreditedInPlaceIsEvidenceForItsAmbiguousAlias() {
      String text = "WASHINGTON (AP) — The Senate voted. AP is a letter pair.";

      List<EntityMention> credited =
          KB_ONLY.extract(text, "en", List.of(new LinkedSpan(12, 14, "Q40469")));

      assertThat(KB_ONLY.extract(text, "en")).noneMatch(m -> m.text().equals("AP"));
      assertThat(credited)
          .filteredOn(m -> m.text().equals("AP"))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.start()).isEqualTo(12);
                assertThat(m.id()).hasValue("Q40469");
                assertThat(m.fineType()).isEqualTo("NEWS_AGENCY");
              });
      assertThat(KB_ONLY.extract(text, "en", List.of(new LinkedSpan(12, 14, "Q130879"))))
          .as("a span credited to another entity is no evidence")
          .noneMatch(m -> m.text().equals("AP"));
    }

    @Test
    void aClubsBareNameCountsOnlyWhereTheArticleNamesTheClubInFull() {
      // السد is Al Sadd and also "the dam"; العين is Al Ain and also "the eye"
      assertThat(
              linked(KB_ONLY, "فاز السد القطري على الغرافة، وقال مدرب السد إن الفوز مستحق.", "ar"))
          .containsExactly(
              "السد القطري=Al Sadd SC/ne:club/al-sadd/ORGANIZATION",
              "الغرافة=Al-Gharafa SC/ne:club/al-gharafa/ORGANIZATION",
              "السد=Al Sadd SC/ne:club/al-sadd/ORGANIZATION");
      assertThat(linked(KB_ONLY, "امتلأ السد بمياه الأمطار وأصيبت العين بالتهاب.", "ar")).isEmpty();
    }

    @Test
    void parisSaintGermainsShortArabicNameCountsWhereTheArticleNamesTheClub() {
      assertThat(
              linked(
                  KB_ONLY,
                  "فاز باريس سان جيرمان بالكأس، وقال مدرب سان جيرمان إن الفوز مستحق.",
                  "ar"))
          .containsExactly(
              "باريس سان جيرمان=Paris Saint-Germain F.C./Q483020/ORGANIZATION",
              "سان جيرمان=Paris Saint-Germain F.C./Q483020/ORGANIZATION");
      assertThat(linked(KB_ONLY, "قال مدرب سان جيرمان إن الفوز مستحق.", "ar"))
          .noneMatch(link -> link.contains("Q483020"));
    }

    @Test
    void anAmbiguousPlaceCountsWhenTaggedAsALocationInAnArticleNamingItsCountry() {
      // سيول is Seoul and also "floods"
      EntityExtractor tagged =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.LOCATION, 0.9, "سيول", "كوريا الجنوبية"));
      assertThat(linked(tagged, "وصل الرئيس إلى سيول عاصمة كوريا الجنوبية.", "ar"))
          .contains("سيول=Seoul/Q8684/LOCATION");
      assertThat(linked(tagged, "تسببت سيول جارفة بأضرار في جازان.", "ar"))
          .noneMatch(link -> link.contains("Q8684"));
      assertThat(linked(KB_ONLY, "وصل الرئيس إلى سيول عاصمة كوريا الجنوبية.", "ar"))
          .noneMatch(link -> link.contains("Q8684"));
    }

    @Test
    void aPlaceNamedWithoutAmbiguityIsEvidenceOfItsCountry() {
      // جدة is Jeddah and also "grandmother"; مكة المكرمة, Mecca, lies in Saudi Arabia
      EntityExtractor tagged =
          EntityExtractor.withBundledKnowledgeBase(tagging("ar", NameClass.LOCATION, 0.9, "جدة"));
      assertThat(linked(tagged, "افتتح الطريق بين مكة المكرمة ومحافظة جدة أمس.", "ar"))
          .contains("جدة=Jeddah/Q374365/LOCATION");
      assertThat(linked(tagged, "افتتح الطريق بين المدينتين ومحافظة جدة أمس.", "ar"))
          .noneMatch(link -> link.contains("Q374365"));
    }

    @Test
    void aWordThatIsANameAsWrittenAndAnotherAfterItsCliticIsReadByTheEvidence() {
      // وجدة is Oujda, and و + جدة, "and Jeddah"; both are ambiguous aliases
      EntityExtractor tagged =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("ar", NameClass.LOCATION, 0.9, "مكة", "وجدة"));
      assertThat(linked(tagged, "ربط مكة وجدة بطريق جديد في المملكة العربية السعودية.", "ar"))
          .contains("جدة=Jeddah/Q374365/LOCATION")
          .noneMatch(link -> link.contains("oujda"));
      assertThat(linked(tagged, "زار الوزير مدينة وجدة في المغرب.", "ar"))
          .contains("مدينة وجدة=Oujda/ne:city/oujda/LOCATION")
          .noneMatch(link -> link.contains("Q374365"));
      assertThat(linked(tagged, "زار الوزير وجدة أمس.", "ar"))
          .noneMatch(link -> link.contains("Q374365") || link.contains("oujda"));
    }

    @Test
    void namesakePlacesAreChosenByTheArticlesPlaces() {
      // دوما is Douma near Damascus and Duma near Nablus, and also "always"
      EntityExtractor tagged =
          EntityExtractor.withBundledKnowledgeBase(tagging("ar", NameClass.LOCATION, 0.9, "دوما"));
      assertThat(linked(tagged, "أحرق مستوطنون منزلا في قرية دوما جنوب نابلس.", "ar"))
          .contains("دوما=Duma (West Bank)/ne:city/duma-west-bank/LOCATION");
      assertThat(linked(tagged, "قصفت الطائرات مدينة دوما في ريف دمشق في سوريا.", "ar"))
          .contains("مدينة دوما=Douma/ne:city/douma/LOCATION");
      assertThat(linked(tagged, "قصفت الطائرات دوما في ريف دمشق.", "ar"))
          .contains("دوما=Douma/ne:city/douma/LOCATION");
    }

    @Test
    void aNameWithNamesakesIsNoEvidenceOfEitherNamesakesCountry() {
      // الملك عبدالله names Abdullah II of Jordan, or King Abdullah of Saudi Arabia where the
      // article names Saudi Arabia; the Jordanian king's own alias says nothing of Jordan
      assertThat(linked(KB_ONLY, "زار الملك عبدالله الرياض.", "ar"))
          .contains("الملك عبدالله=Abdullah of Saudi Arabia/ne:person/king-abdullah-saudi/PERSON");
      assertThat(linked(KB_ONLY, "زار الملك عبدالله المدينة.", "ar"))
          .contains("الملك عبدالله=Abdullah II of Jordan/ne:person/king-abdullah-ii/PERSON");
    }

    @Test
    void theTaggersClassIsNoEvidenceOfWhichNamesakeItIs() {
      EntityExtractor tagged =
          EntityExtractor.withBundledKnowledgeBase(
              tagging("en", NameClass.PERSON, 0.9, "Michael Howard", "Howard"));
      assertThat(linked(tagged, "Howard dismisses tax fears. Michael Howard said.", "en"))
          .noneMatch(link -> link.contains("john-howard"));
      assertThat(linked(tagged, "John Howard won. Howard said.", "en"))
          .contains("Howard=John Howard/ne:person/john-howard/PERSON");
    }
  }

  @Nested
  class MentionsOfOneEntity {

    @Test
    void aSurnameAfterTheFullNameIsTheSamePerson() {
      assertThat(linked(KB_ONLY, "Jake Sullivan said. Sullivan added.", "en"))
          .containsExactly(
              "Jake Sullivan=Jake Sullivan/ne:person/jake-sullivan/PERSON",
              "Sullivan=Jake Sullivan/ne:person/jake-sullivan/PERSON");
      assertThat(linked(KB_ONLY, "قال جيك سوليفان إن سوليفان", "ar"))
          .containsExactly(
              "جيك سوليفان=Jake Sullivan/ne:person/jake-sullivan/PERSON",
              "سوليفان=Jake Sullivan/ne:person/jake-sullivan/PERSON");
    }

    @Test
    void aSurnameAloneIsNotLinked() {
      assertThat(linked(KB_ONLY, "Ed Sullivan hosted a show.", "en")).isEmpty();
    }

    @Test
    void clitizedMentionsShareTheCanonical() {
      assertThat(linked(KB_ONLY, "ونقلت رويترز عن هودج. وقال لرويترز", "ar"))
          .containsExactly(
              "رويترز=Reuters/Q130879/ORGANIZATION", "رويترز=Reuters/Q130879/ORGANIZATION");
    }
  }
}
