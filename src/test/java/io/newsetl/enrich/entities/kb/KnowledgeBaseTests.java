package io.newsetl.enrich.entities.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.newsetl.enrich.entities.NameClass;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTests {

  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  /** The ids of the aliases found, in text order, "id:surface". */
  private static List<String> found(String text, String language) {
    return KB.scan(text, language).matches().stream()
        .map(m -> m.aliases().get(0).entity().id() + ":" + text.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void holdsEveryCldrTerritoryAndTheSovereignStatesWithWikidataIds() {
    Map<EntityType, Integer> counts = KB.countByType();
    assertThat(counts.get(EntityType.COUNTRY) + counts.get(EntityType.TERRITORY))
        .isEqualTo(IcuPlaceNames.territories().size())
        .isGreaterThanOrEqualTo(250);
    assertThat(KB.entities())
        .filteredOn(e -> e.type() == EntityType.COUNTRY)
        .hasSizeGreaterThanOrEqualTo(195)
        .allSatisfy(e -> assertThat(e.id()).matches("Q[1-9][0-9]*"));
    assertThat(KB.entities().stream().map(KbEntity::id)).doesNotHaveDuplicates();
  }

  @Test
  void formerStatesAreNotCountries() {
    assertThat(KB.byId("Q15180").map(KbEntity::type)).contains(EntityType.FORMER_STATE);
    assertThat(KB.byId("Q12560").map(KbEntity::type)).contains(EntityType.FORMER_STATE);
  }

  @Test
  void clubsAndUniversitiesAreOrganizationsButNotCompanies() {
    assertThat(KB.byId("Q8682").map(KbEntity::type)).contains(EntityType.SPORTS_CLUB);
    assertThat(KB.byId("ne:club/al-sadd").map(KbEntity::type)).contains(EntityType.SPORTS_CLUB);
    assertThat(KB.byId("ne:university/harvard").map(KbEntity::type))
        .contains(EntityType.UNIVERSITY);
    assertThat(KB.byId("Q2283").map(KbEntity::type)).contains(EntityType.COMPANY);
    assertThat(EntityType.SPORTS_CLUB.coarse()).isEqualTo(NameClass.ORGANIZATION);
    assertThat(EntityType.UNIVERSITY.coarse()).isEqualTo(NameClass.ORGANIZATION);
  }

  @Test
  void everyKindOfEntityHasAliasesInTheSevenLanguages() {
    for (EntityType type :
        List.of(
            EntityType.COUNTRY,
            EntityType.CITY,
            EntityType.INTERNATIONAL_ORGANIZATION,
            EntityType.GOVERNMENT_BODY,
            EntityType.COMPANY,
            EntityType.SPORTS_CLUB,
            EntityType.UNIVERSITY,
            EntityType.NEWS_AGENCY,
            EntityType.PERSON)) {
      Set<String> languages =
          KB.aliases().stream()
              .filter(a -> a.entity().type() == type)
              .map(KbAlias::language)
              .collect(Collectors.toSet());
      assertThat(languages)
          .as(type.name())
          .containsExactlyInAnyOrder("en", "ar", "fr", "es", "de", "ru", "zh");
    }
    assertThat(KB.version())
        .startsWith(
            "countries-7.regions-2.entities-10.people-8.organizations-13.places-11.outlets-2+cldr-");
  }

  @Test
  void newsAgenciesComeFromTheSourceCatalogWithItsIds() {
    assertThat(KB.byId("Q130879"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.canonical()).isEqualTo("Reuters");
              assertThat(e.type()).isEqualTo(EntityType.NEWS_AGENCY);
            });
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      الصين        | ar | Q148
      Chine        | fr | Q148
      中国          | zh | Q148
      Китай        | ru | Q148
      Chinese      | en | Q148
      chinoise     | fr | Q148
      chinesischen | de | Q148
      китайская    | ru | Q148
      الصينية      | ar | Q148
      chinas       | es | Q148
      مايكروسوفت   | ar | Q2283
      الزبداني     | ar | ne:city/zabadani
      موبايلي      | ar | ne:company/mobily
      مركز الملك سلمان للإغاثة | ar | ne:government/ksrelief
      KSrelief     | en | ne:government/ksrelief
      دول الخليج   | ar | ne:region/gulf-states
      Golfstaaten  | de | ne:region/gulf-states
      رويترز       | ar | Q130879
      Vereinigte Staaten | de | Q30
      Estados Unidos     | es | Q30
      美国               | zh | Q30
      غرب أوروبا         | ar | Q27496
      الويبو             | ar | ne:org/wipo
      المنظمة العالمية للملكية الفكرية | ar | ne:org/wipo
      السد القطري        | ar | ne:club/al-sadd
      جامعة هارفارد      | ar | ne:university/harvard
      وكالة الأنباء العراقية | ar | newsetl:agency/ina-iraq
      قناة الميادين      | ar | newsetl:broadcaster/al-mayadeen
      Kommersant         | en | newsetl:newspaper/kommersant
      جوزيه مورينيو      | ar | ne:person/jose-mourinho
      أم كلثوم           | ar | ne:person/umm-kulthum
      Elvis Presley      | en | ne:person/elvis-presley
      Turkey             | en | Q43
      Газпрома           | ru | Q102673
      Газпромом          | ru | Q102673
      Газпром            | ru | Q102673
      Стокгольме         | ru | Q1754
      canadienne         | fr | Q16
      italiennes         | fr | Q38
      européenne         | fr | Q46
      European           | en | Q46
      الأفريقية          | ar | Q15
      Scottish           | en | Q22
      Bosnia and Herzegovina | en | Q225
      rey Felipe VI      | es | ne:person/felipe-vi
      فيليبي السادس      | ar | ne:person/felipe-vi
      费利佩六世          | zh | ne:person/felipe-vi
      Banco de España    | es | ne:government/banco-de-espana
      La Paz             | es | ne:city/la-paz
      Яунде              | ru | ne:city/yaounde
      Disney             | en | Q7414
      ديزني              | ar | Q7414
      迪士尼              | zh | Q7414
      Wall Street        | en | ne:region/wall-street
      Эльвира Набиуллина | ru | ne:person/elvira-nabiullina
      ميليس زيناوي       | ar | ne:person/meles-zenawi
      Kash Patel         | en | ne:person/kash-patel
      منطقة القصيم       | ar | ne:state/qassim
      الأحساء            | ar | ne:city/al-ahsa
      محافظة ديالى       | ar | ne:state/diyala
      محافظة الفيوم      | ar | ne:state/faiyum-governorate
      الفيوم             | ar | ne:city/faiyum
      ولاية كسلا         | ar | ne:state/kassala-state
      Souss-Massa        | en | ne:state/souss-massa
      المحيط الهادئ      | ar | Q98
      Soviet Union       | en | Q15180
      الاتحاد السوفيتي   | ar | Q15180
      الدنمارك           | ar | Q35
      سلطنة عمان         | ar | Q842
      جامعة الملك فهد للبترول والمعادن | ar | ne:university/kfupm
      الاتحاد السعودي لكرة القدم | ar | ne:org/saudi-football-federation
      خالد بحاح          | ar | ne:person/khaled-bahah
      مؤشر داو جونز      | ar | ne:product/dow-jones-industrial-average
      جنرال إلكتريك      | ar | ne:company/general-electric
      Дженерал Электрик  | ru | ne:company/general-electric
      英国航空            | zh | ne:company/british-airways
      BSkyB              | de | ne:company/sky-group
      Glasgow            | en | Q4093
      غلاسكو             | ar | Q4093
      راجستان            | ar | Q1437
      Nordamerika        | de | Q49
      كأس العالم         | ar | Q19317
      Academy Awards     | en | Q19020
      الدوري الإنجليزي الممتاز | ar | Q9448
      Festival de Cannes | fr | Q42369
      """)
  void namesInEveryLanguageLinkToOneIdentity(String name, String language, String id) {
    assertThat(found(name, language)).containsExactly(id + ":" + name);
  }

  @Nested
  class Matching {

    @Test
    void longestMatchWins() {
      assertThat(found("وقال المتحدث باسم وزارة الخارجية الصينية وانغ وين بين", "ar"))
          .containsExactly(
              "ne:government/cn-mfa:وزارة الخارجية الصينية", "ne:person/wang-wenbin:وانغ وين بين");
      assertThat(found("the U.S. State Department said", "en"))
          .containsExactly("Q789915:U.S. State Department");
    }

    @Test
    void wordBoundariesAreRespected() {
      assertThat(found("Chinatown in Omaha, Indiana", "en")).isEmpty();
    }

    @Test
    void namesDoNotRunAcrossSentencePunctuation() {
      assertThat(found("He met them in New. York was far.", "en")).doesNotContain("Q60:New. York");
    }

    @Test
    void arabicCliticsInFrontOfANameAreNotPartOfIt() {
      assertThat(found("وقال لرويترز إن والصين وبكين", "ar"))
          .containsExactly("Q130879:رويترز", "Q148:الصين", "Q956:بكين");
      assertThat(found("بالولايات المتحدة", "ar")).containsExactly("Q30:الولايات المتحدة");
    }

    @Test
    void aTwoLetterFirstWordAfterACliticStartsOnlyANameOfSeveralWords() {
      assertThat(found("بين الخرطوم وأم درمان وبأم القيوين", "ar"))
          .containsExactly(
              "Q1963:الخرطوم", "ne:city/omdurman:أم درمان", "ne:state/umm-al-quwain:أم القيوين");
      // alone, وأم is the ambiguous alias of the news agency WAM, not أم after و
      assertThat(found("وأم", "ar")).containsExactly("newsetl:agency/wam:وأم");
      // a word that folds to nothing (a lone tatweel) is no name
      assertThat(found("ـ وأم درمان", "ar")).containsExactly("ne:city/omdurman:أم درمان");
    }

    @Test
    void aWordThatIsAnAliasAsWrittenAndAnotherAfterItsCliticKeepsBothReadings() {
      // وجدة is Oujda as written, and و + جدة, Jeddah
      List<AliasMatch> matches = KB.scan("ربط مكة وجدة", "ar").matches();
      AliasMatch both = matches.get(matches.size() - 1);
      assertThat(both.aliases().get(0).entity().id()).isEqualTo("ne:city/oujda");
      assertThat(both.otherReading())
          .hasValueSatisfying(
              other -> {
                assertThat(other.aliases().get(0).entity().id()).isEqualTo("Q374365");
                assertThat(other.start()).isEqualTo(both.start() + 1);
                assertThat(other.end()).isEqualTo(both.end());
              });
      // a word that is an alias only as written, or only after its clitic, has one reading
      assertThat(KB.scan("في كابل", "ar").matches().get(0).otherReading()).isEmpty();
      assertThat(KB.scan("والصين", "ar").matches().get(0).otherReading()).isEmpty();
    }

    @Test
    void aWholeWordAliasIsNotTheRestOfAWordAfterAClitic() {
      // كابل is Kabul, not ك + آبل (Apple); باكراً ("early") is not ب + أكرا (Accra)
      assertThat(found("في كابل وصل باكراً", "ar")).containsExactly("Q5838:كابل");
      assertThat(found("أعلنت آبل وأبل", "ar")).containsExactly("Q312:آبل");
    }

    @Test
    void aDivisionAndItsCapitalOfTheSameNameAreTwoEntities() {
      assertThat(found("أمير منطقة القصيم في بريدة وبالأحساء", "ar"))
          .containsExactly(
              "ne:state/qassim:منطقة القصيم", "ne:city/buraidah:بريدة", "ne:city/al-ahsa:الأحساء");
      assertThat(found("محافظ الفيوم في محافظة الفيوم", "ar"))
          .containsExactly("ne:city/faiyum:الفيوم", "ne:state/faiyum-governorate:محافظة الفيوم");
    }

    @Test
    void aWrittenFormExcludedFromAnEntityIsNotIt() {
      // زواره ("its visitors") folds to زوارة (Zuwara) but is excluded as written
      assertThat(found("بلغ عدد زواره 90 ألفا", "ar")).isEmpty();
      // اليمنى ("right") folds to اليمني (Yemeni) but is excluded as written
      assertThat(found("سدد بقدمه اليمنى وباليمنى", "ar")).isEmpty();
      assertThat(found("قال الرئيس اليمني", "ar")).containsExactly("Q805:اليمني");
      // بورشة ("in a workshop") folds to بورشه (Porsche), الهاربين ("the fugitives") is the
      // ambiguous هاربين (Harbin), تؤتي ("yields") folds to توتي (Totti)
      assertThat(found("شارك بورشة عمل عن الهاربين ولم تؤتي ثمارها", "ar")).isEmpty();
      // فئات ("categories") folds to فيات (Fiat) but is excluded as written
      assertThat(found("باقي فئات المجتمع وللفئات الأخرى والفئات", "ar")).isEmpty();
      assertThat(found("باعت فيات سيارات", "ar")).containsExactly("ne:company/fiat:فيات");
      // بأول ("with the first") folds to باول (Powell) but keeps its hamza as written
      assertThat(found("بأول زيارة", "ar")).isEmpty();
      assertThat(found("قال جيروم باول", "ar"))
          .containsExactly("ne:person/jerome-powell:جيروم باول");
    }

    @Test
    void latinScriptTextsUseOnlyTheirOwnLanguagesLatinAliases() {
      // German "Island" is Iceland and French "Maurice" Mauritius, but not in English
      assertThat(found("Rhode Island welcomed Maurice Greene.", "en")).isEmpty();
      assertThat(found("Island und Mauritius", "de"))
          .containsExactly("Q189:Island", "Q1027:Mauritius");
      // names in another script still count: Reuters written in Latin letters in Arabic text
      assertThat(found("قالت Reuters", "ar")).containsExactly("Q130879:Reuters");
    }

    @Test
    void russianInflectedFormsMatch() {
      assertThat(found("Переговоры в Китае и в Москве с Путиным", "ru"))
          .containsExactly("Q148:Китае", "Q649:Москве", "Q7747:Путиным");
    }

    @Test
    void chineseIsMatchedByCharacterWithoutSpaces() {
      assertThat(found("中国外交部发言人汪文斌说，美国应停止。", "zh"))
          .containsExactly("ne:government/cn-mfa:中国外交部", "ne:person/wang-wenbin:汪文斌", "Q30:美国");
    }

    @Test
    void shortAliasesNeedTheirCaseAndCapitalizedNamesACapital() {
      assertThat(found("The US and the EU told us", "en")).containsExactly("Q30:US", "Q458:EU");
      assertThat(found("fine china from turkey", "en")).isEmpty();
    }

    @Test
    void adjectivesInsideALongerCapitalizedNameAreNotCountries() {
      assertThat(found("Der Deutsche Wetterdienst warnt die Deutschen.", "de"))
          .containsExactly("Q183:Deutschen");
      assertThat(found("the Screen Actors Guild-American Federation and American actors", "en"))
          .containsExactly("Q30:American");
    }

    @Test
    void adjectivesCountOnlyInTheirOwnLanguage() {
      assertThat(found("chino", "en")).isEmpty();
      assertThat(found("chino", "es")).containsExactly("Q148:chino");
    }
  }

  @Nested
  class MalformedResources {

    @Test
    void aRowWithTheWrongNumberOfCellsNamesItsLine() {
      String tsv = "# test. Version 3\nQ1\tCITY\tX\t-\ttoo few\n";
      assertThatIllegalArgumentException()
          .isThrownBy(() -> KbTable.read("t.tsv", stream(tsv), 11))
          .withMessageContaining("t.tsv line 2");
    }

    @Test
    void aMissingResourceIsNamed() {
      assertThatIllegalStateException()
          .isThrownBy(() -> KbTable.read("gone.tsv", null, 11))
          .withMessageContaining("gone.tsv");
    }

    @Test
    void theVersionComesFromTheHeader() {
      assertThat(KbTable.read("t.tsv", stream("# test. Version 3\n"), 11).version()).isEqualTo("3");
    }

    private static ByteArrayInputStream stream(String text) {
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
