package io.newsetl.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalExtractorTests {

  static final TemporalExtractor EXTRACTOR = new TemporalExtractor();

  @ParameterizedTest(name = "{0} {2} -> {4} {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en | 2023-07-13 | He said on Wednesday that talks would go on.        | Wednesday              | DATE     | 2023-07-12
      en | 2023-07-13 | Sales fell on Thursday.                             | Thursday               | DATE     | 2023-07-13
      en | 2023-07-13 | The deal closed in May.                             | May                    | DATE     | 2023-05
      en | 2023-07-13 | It happened July 13, 2023.                          | July 13, 2023          | DATE     | 2023-07-13
      en | 2023-07-13 | It happened 13 July 2023.                           | 13 July 2023           | DATE     | 2023-07-13
      en | 2023-07-13 | Filed 2023-07-13 in court.                          | 2023-07-13             | DATE     | 2023-07-13
      en | 2023-07-13 | Filed 07/13/2023 in court.                          | 07/13/2023             | DATE     | 2023-07-13
      en | 2023-07-13 | Filed 13/07/2023 in court.                          | 13/07/2023             | DATE     | 2023-07-13
      en | 2023-07-13 | The plant opened in 2022.                           | 2022                   | DATE     | 2022
      en | 2023-07-13 | Growth slowed in the 1990s.                         | the 1990s              | DATE     | 199
      en | 2023-07-13 | He left yesterday.                                  | yesterday              | DATE     | 2023-07-12
      en | 2023-07-13 | We meet tomorrow morning.                           | tomorrow morning       | TIME     | 2023-07-14TMO
      en | 2023-07-13 | Prices rose last week.                              | last week              | DATE     | 2023-W27
      en | 2023-07-13 | Prices rose last month.                             | last month             | DATE     | 2023-06
      en | 2023-07-13 | Prices rose last year.                              | last year              | DATE     | 2022
      en | 2023-07-13 | Prices rose this year.                              | this year              | DATE     | 2023
      en | 2023-07-13 | Prices will rise next month.                        | next month             | DATE     | 2023-08
      en | 2023-07-13 | He arrived two days ago.                            | two days ago           | DATE     | 2023-07-11
      en | 2023-07-13 | It lasted three days.                               | three days             | DURATION | P3D
      en | 2023-07-13 | They stayed for two weeks.                          | two weeks              | DURATION | P2W
      en | 2023-07-13 | Sales fell over the past two months.                | the past two months    | DURATION | P2M
      en | 2023-07-13 | It took several months.                             | several months         | DURATION | PXM
      en | 2023-07-13 | The vote is at 3 p.m.                               | 3 p.m.                 | TIME     | 2023-07-13T15:00
      en | 2023-07-13 | The vote was Monday at 10:30 a.m.                   | Monday at 10:30 a.m.   | TIME     | 2023-07-10T10:30
      en | 2023-07-13 | The club meets every Monday.                        | every Monday           | SET      | XXXX-WXX-1
      en | 2023-07-13 | The paper is published weekly.                      | weekly                 | SET      | P1W
      en | 2023-07-13 | Profit rose in the fourth quarter.                  | the fourth quarter     | DATE     | 2022-Q4
      en | 2023-07-13 | Profit rose in the second quarter.                  | the second quarter     | DATE     | 2023-Q2
      en | 2023-07-13 | It will report fourth-quarter results.              | fourth-quarter         | DATE     | 2022-Q4
      en | 2023-07-13 | Profit rose in the first quarter of 2022.           | the first quarter of 2022 | DATE  | 2022-Q1
      en | 2023-07-13 | The law passed early last year.                     | early last year        | DATE     | 2022
      en | 2023-07-13 | The law passed earlier this year.                   | earlier this year      | DATE     | 2023
      en | 2023-07-13 | Talks will resume Friday.                           | Friday                 | DATE     | 2023-07-14
      en | 2023-07-13 | The team will travel in August.                     | August                 | DATE     | 2023-08
      en | 2023-07-13 | Rates are high now.                                 | now                    | DATE     | PRESENT_REF
      en | 2023-07-13 | Profit fell in the second quarter from a year earlier. | a year earlier      | DATE     | 2022-Q2
      en | 2023-07-13 | The plant opened in 1998 and a year earlier it was sold. | a year earlier    | DATE     | 1997
      en | 2023-07-13 | Sales rose in the third quarter, up from a year ago. | a year ago            | DATE     | 2022-Q3
      en | 2023-07-13 | Sales rose 5%, up from a year ago.                   | a year ago            | DATE     | 2022
      en | 2023-07-13 | Net fell in last year's fourth quarter.              | last year's fourth quarter | DATE | 2022-Q4
      en | 2023-07-13 | It was sold in June last year.                       | June last year        | DATE     | 2022-06
      en | 2023-07-13 | Mr. Smith, 52, will succeed Dr. P. Jones July 20.    | July 20               | DATE     | 2023-07-20
      en | 2023-07-13 | The law took effect Dec. 15.                         | Dec. 15               | DATE     | 2022-12-15
      en | 2023-07-13 | The club raised $2 million a year.                   | a year                | SET      | P1Y
      en | 2023-07-13 | A quarter of the staff left in the fall of 2022.     | the fall of 2022      | DATE     | 2022-FA
      ar | 2023-07-13 | وقال المتحدث يوم الأربعاء إن المحادثات مستمرة.        | يوم الأربعاء            | DATE     | 2023-07-12
      ar | 2023-07-13 | بدأ النشاط في مايو.                                  | مايو                    | DATE     | 2023-05
      ar | 2023-07-13 | قالت الوزيرة الأسبوع الماضي إنها أجرت محادثات.        | الأسبوع الماضي          | DATE     | 2023-W27
      ar | 2023-07-13 | في وقت سابق من هذا العام، حذرت الوزارة.              | في وقت سابق من هذا العام | DATE     | 2023
      ar | 2023-07-13 | وصل في 13 يوليو 2023.                                | 13 يوليو 2023           | DATE     | 2023-07-13
      ar | 2023-07-13 | وصل في ١٣ تموز ٢٠٢٣.                                 | ١٣ تموز ٢٠٢٣            | DATE     | 2023-07-13
      ar | 2023-07-13 | وصل في 13 يوليو/تموز 2023.                           | 13 يوليو/تموز 2023      | DATE     | 2023-07-13
      ar | 2023-07-13 | وصل أمس وسيغادر غدا.                                 | أمس                     | DATE     | 2023-07-12
      ar | 2023-07-13 | وصل أمس وسيغادر غدا.                                 | غدا                     | DATE     | 2023-07-14
      ar | 2023-07-13 | وقع الحادث قبل يومين.                                | قبل يومين               | DATE     | 2023-07-11
      ar | 2023-07-13 | تأجلت الرحلة لعدة أشهر.                              | عدة أشهر                | DURATION | PXM
      ar | 2023-07-13 | استمر الإضراب ثلاثة أيام.                            | ثلاثة أيام              | DURATION | P3D
      ar | 2023-07-13 | وبمايو انتهى العمل.                                  | مايو                    | DATE     | 2023-05
      ar | 2023-07-13 | وفي العام الماضي تراجعت الأسعار.                     | العام الماضي            | DATE     | 2022
      ar | 2023-07-13 | سيعقد الاجتماع الشهر المقبل.                         | الشهر المقبل            | DATE     | 2023-08
      ar | 2023-07-13 | انخفضت المبيعات في التسعينيات.                       | التسعينيات              | DATE     | 199
      ar | 2023-07-13 | تصدر النشرة أسبوعيا.                                 | أسبوعيا                 | SET      | P1W
      ar | 2023-07-13 | يبدأ الاجتماع الساعة 3 عصرا.                         | الساعة 3 عصرا           | TIME     | 2023-07-13T15:00
      ar | 2023-07-13 | قال آلان جونسون إن الاتفاق لم يوقع حتى الآن.          | حتى الآن                | DATE     | PRESENT_REF
      fr | 2023-07-13 | Le traité a été signé le 13 juillet 2023.            | 13 juillet 2023         | DATE     | 2023-07-13
      fr | 2023-07-13 | Il est parti hier et reviendra demain.               | hier                    | DATE     | 2023-07-12
      fr | 2023-07-13 | Il est parti hier et reviendra demain.               | demain                  | DATE     | 2023-07-14
      fr | 2023-07-13 | Le vote aura lieu mercredi prochain.                 | mercredi prochain       | DATE     | 2023-07-19
      fr | 2023-07-13 | Les prix ont baissé la semaine dernière.             | la semaine dernière     | DATE     | 2023-W27
      fr | 2023-07-13 | Il est arrivé il y a deux jours.                     | il y a deux jours       | DATE     | 2023-07-11
      fr | 2023-07-13 | La réunion est à 15h30.                              | 15h30                   | TIME     | 2023-07-13T15:30
      es | 2023-07-13 | El acuerdo se firmó el 13 de julio de 2023.          | 13 de julio de 2023     | DATE     | 2023-07-13
      es | 2023-07-13 | Llegó ayer y se irá mañana.                          | ayer                    | DATE     | 2023-07-12
      es | 2023-07-13 | Llegó ayer y se irá mañana.                          | mañana                  | DATE     | 2023-07-14
      es | 2023-07-13 | Se reunieron esta mañana.                            | esta mañana             | TIME     | 2023-07-13TMO
      es | 2023-07-13 | Llegó hace dos días.                                 | hace dos días           | DATE     | 2023-07-11
      es | 2023-07-13 | La votación será el próximo lunes.                   | próximo lunes           | DATE     | 2023-07-17
      es | 2023-07-13 | La empresa cerró el año pasado.                      | el año pasado           | DATE     | 2022
      de | 2023-07-13 | Der Vertrag wurde am 13. Juli 2023 unterzeichnet.    | 13. Juli 2023           | DATE     | 2023-07-13
      de | 2023-07-13 | Er kam gestern und fährt morgen.                     | gestern                 | DATE     | 2023-07-12
      de | 2023-07-13 | Er kam gestern und fährt morgen.                     | morgen                  | DATE     | 2023-07-14
      de | 2023-07-13 | Sie sprachen heute Morgen.                           | heute Morgen            | TIME     | 2023-07-13TMO
      de | 2023-07-13 | Die Preise stiegen letzte Woche.                     | letzte Woche            | DATE     | 2023-W27
      de | 2023-07-13 | Er kam vor zwei Tagen.                               | vor zwei Tagen          | DATE     | 2023-07-11
      de | 2023-07-13 | Die Sitzung beginnt um 15 Uhr.                       | 15 Uhr                  | TIME     | 2023-07-13T15:00
      ru | 2023-07-13 | Договор подписан 13 июля 2023 года.                  | 13 июля 2023 года       | DATE     | 2023-07-13
      ru | 2023-07-13 | Он приехал вчера, а уедет завтра.                    | вчера                   | DATE     | 2023-07-12
      ru | 2023-07-13 | Он приехал вчера, а уедет завтра.                    | завтра                  | DATE     | 2023-07-14
      ru | 2023-07-13 | Цены выросли на прошлой неделе.                      | прошлой неделе          | DATE     | 2023-W27
      ru | 2023-07-13 | Встреча прошла в среду.                              | среду                   | DATE     | 2023-07-12
      ru | 2023-07-13 | Завод открыли в мае.                                 | мае                     | DATE     | 2023-05
      ru | 2023-07-13 | Он приехал два дня назад.                            | два дня назад           | DATE     | 2023-07-11
      zh | 2023-07-13 | 协议于2023年7月13日签署。                              | 2023年7月13日            | DATE     | 2023-07-13
      zh | 2023-07-13 | 他昨天到达，明天离开。                                  | 昨天                     | DATE     | 2023-07-12
      zh | 2023-07-13 | 他昨天到达，明天离开。                                  | 明天                     | DATE     | 2023-07-14
      zh | 2023-07-13 | 会议在上周三举行。                                     | 上周三                   | DATE     | 2023-07-05
      zh | 2023-07-13 | 价格下个月上涨。                                       | 下个月                   | DATE     | 2023-08
      zh | 2023-07-13 | 他两天前到达。                                        | 两天前                   | DATE     | 2023-07-11
      zh | 2023-07-13 | 谈判持续了三个月。                                     | 三个月                   | DURATION | P3M
      """)
  void findsAndNormalizes(
      String language,
      LocalDate reference,
      String text,
      String surface,
      TimexType type,
      String value) {
    List<TemporalExpression> found = EXTRACTOR.extract(text, language, Optional.of(reference));

    assertThat(found)
        .filteredOn(e -> e.text().equals(surface))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(type);
              assertThat(e.value()).isEqualTo(value);
              assertThat(text.substring(e.start(), e.end())).isEqualTo(surface);
            });
  }

  @ParameterizedTest(name = "{0} {1} -> nothing")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en | It may rain later.
      en | The march was long.
      en | About 2000 people came.
      en | He is a 52-year-old engineer.
      en | A quarter of the staff left.
      en | Prices began to fall sharply.
      ar | مارس الضغط على الحكومة.
      ar | جاء أب العائلة.
      ar | وقع في عام 1445 هـ.
      ru | Это вредит окружающей среде и окружающая среда страдает.
      de | Am Morgen schien die Sonne.
      es | Llegó por la mañana.
      """)
  void ignoresLookalikes(String language, String text) {
    assertThat(EXTRACTOR.extract(text, language, Optional.of(LocalDate.of(2023, 7, 13)))).isEmpty();
  }

  @ParameterizedTest(name = "{1} without reference -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en | He spoke on Wednesday.      | XXXX-WXX-3
      en | It began in May.            | XXXX-05
      en | He left yesterday.          | PAST_REF
      en | It opens next month.        | FUTURE_REF
      en | Prices rose this year.      | PRESENT_REF
      en | It lasted three days.       | P3D
      en | It ended on 13 July 2023.   | 2023-07-13
      ar | بدأ النشاط في مايو.         | XXXX-05
      """)
  void keepsRelativeValuesWithoutReference(String language, String text, String value) {
    assertThat(EXTRACTOR.extract(text, language, Optional.empty()))
        .extracting(TemporalExpression::value)
        .containsExactly(value);
  }

  @Test
  void seedArticlePublishedThursday13July2023() throws IOException {
    Path seed = Path.of("../shared/seed/000_2974fc50fc4f2d80.txt");
    Assumptions.assumeTrue(
        Files.isRegularFile(seed), "seed article not found at " + seed.toAbsolutePath());
    String text = Files.readString(seed, StandardCharsets.UTF_8);

    List<TemporalExpression> found =
        EXTRACTOR.extract(text, "ar", Optional.of(LocalDate.of(2023, 7, 13)));

    assertThat(found)
        .extracting(TemporalExpression::text, TemporalExpression::value)
        .containsExactly(
            tuple("يوم الأربعاء", "2023-07-12"),
            tuple("يوم الأربعاء", "2023-07-12"),
            tuple("يوم الأربعاء", "2023-07-12"),
            tuple("مايو", "2023-05"),
            tuple("يوم الأربعاء", "2023-07-12"),
            tuple("في وقت سابق من هذا العام", "2023"),
            tuple("مايو", "2023-05"),
            tuple("الأسبوع الماضي", "2023-W27"),
            tuple("يونيو", "2023-06"),
            tuple("عدة أشهر", "PXM"));
    assertThat(found)
        .allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
  }

  @Test
  void reportsOffsetsIntoTheOriginalTextAfterFolding() {
    String text = "وَبِمايو، وفي الأسبوع الماضي";

    List<TemporalExpression> found =
        EXTRACTOR.extract(text, "ar", Optional.of(LocalDate.of(2023, 7, 13)));

    assertThat(found)
        .extracting(TemporalExpression::text)
        .containsExactly("مايو", "الأسبوع الماضي");
    assertThat(found)
        .allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
  }

  @Test
  void givesTheSameResultsFromManyThreads() {
    String text = "He said on Wednesday that sales rose 5% last year and would rise next month.";
    List<TemporalExpression> expected =
        EXTRACTOR.extract(text, "en", Optional.of(LocalDate.of(2023, 7, 13)));

    List<List<TemporalExpression>> results =
        java.util.stream.IntStream.range(0, 200)
            .parallel()
            .mapToObj(k -> EXTRACTOR.extract(text, "en", Optional.of(LocalDate.of(2023, 7, 13))))
            .toList();

    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    assertThat(expected).hasSize(3);
  }

  @Test
  void ignoresARegionAfterTheLanguage() {
    assertThat(EXTRACTOR.extract("وصل أمس", "ar-SA", Optional.of(LocalDate.of(2023, 7, 13))))
        .extracting(TemporalExpression::value)
        .containsExactly("2023-07-12");
  }

  @Nested
  class Errors {

    @Test
    void unsupportedLanguageGivesNothing() {
      assertThat(EXTRACTOR.extract("Il 13 luglio 2023", "it", Optional.empty())).isEmpty();
    }

    @Test
    void emptyTextGivesNothing() {
      assertThat(EXTRACTOR.extract("", "en", Optional.empty())).isEmpty();
    }

    @Test
    void nullTextIsRejected() {
      assertThatThrownBy(() -> EXTRACTOR.extract(null, "en", Optional.empty()))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void unsupportedLanguageCannotBeLoaded() {
      assertThatThrownBy(() -> new TemporalExtractor(List.of("en", "it")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("it");
    }

    @Test
    void textWithoutDatesGivesNothing() {
      assertThat(EXTRACTOR.extract("No dates here, only 42 apples.", "en", Optional.empty()))
          .isEmpty();
    }
  }
}
