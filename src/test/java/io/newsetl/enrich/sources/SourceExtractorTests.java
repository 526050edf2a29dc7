package io.newsetl.enrich.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.newsetl.enrich.SeedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceExtractorTests {

  private static final SourceExtractor EXTRACTOR = SourceExtractor.withBundledCatalog();

  private static List<SourceMention> extract(String text, String language) {
    List<SourceMention> mentions = EXTRACTOR.extract(text, language, Optional.empty());
    // Offsets always point at the reported surface.
    assertThat(mentions)
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    return mentions;
  }

  private static List<SourceMention> withRole(List<SourceMention> mentions, SourceRole role) {
    return mentions.stream().filter(m -> m.role() == role).toList();
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
WASHINGTON (Reuters) - The Federal Reserve held rates.        | en | Reuters                 | Reuters
NEW YORK, July 13 (Reuters) - Stocks rose on Thursday.        | en | Reuters                 | Reuters
(AP) — A storm hit the coast on Monday.                       | en | Associated Press        | AP
PARIS (AFP) - Le président a parlé mardi.                     | fr | Agence France-Presse    | AFP
MADRID, 13 jul (EFE).- El Gobierno aprobó el plan.            | es | EFE                     | EFE
BERLIN (dpa) - Die Regierung hat beschlossen.                 | de | Deutsche Presse-Agentur | dpa
МОСКВА, 13 июля. /ТАСС/. Президент подписал указ.             | ru | TASS                    | ТАСС
新华社北京7月13日电 国务院总理主持召开常务会议。                  | zh | Xinhua                  | 新华社
بكين (رويترز) - قالت الصين يوم الأربعاء                        | ar | Reuters                 | رويترز
القاهرة - أ ش أ - أعلنت الحكومة                                | ar | Middle East News Agency | أ ش أ
عمان (بترا) - قال وزير الخارجية                                | ar | Petra                   | بترا
""")
  void datelines(String text, String language, String name, String surface) {
    List<SourceMention> datelines = withRole(extract(text, language), SourceRole.DATELINE);

    assertThat(datelines)
        .extracting(SourceMention::name, SourceMention::text)
        .containsExactly(tuple(name, surface));
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
The plan was approved.\\n\\n(Reporting by Jane Doe in Beijing; Editing by John Roe) | en | Reuters
The plan was approved.\\nReporting by Jane Doe; Editing by John Roe                | en | Reuters
The plan was approved.\\n(Writing by Jane Doe)                                     | en | Reuters
The plan was approved.\\n— AFP                                                     | en | Agence France-Presse
The plan was approved.\\n© AFP 2023                                                | en | Agence France-Presse
The plan was approved.\\n Reuter                                                   | en | Reuters
The Associated Press contributed to this report.                                  | en | Associated Press
وافقت الحكومة على الخطة. (أ ف ب)                                                  | ar | Agence France-Presse
وافقت الحكومة على الخطة.\\n(إعداد محمد علي للنشرة العربية - تحرير سها جادو)           | ar | Reuters
Die Regierung stimmte zu.\\nMit Material von dpa                                   | de | Deutsche Presse-Agentur
Le gouvernement a approuvé le plan. (avec AFP)                                    | fr | Agence France-Presse
""")
  void credits(String text, String language, String name) {
    String unescaped = text.replace("\\n", "\n");

    assertThat(withRole(extract(unescaped, language), SourceRole.CREDIT))
        .extracting(SourceMention::name)
        .containsExactly(name);
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
The minister told Reuters on Monday that talks had stalled.   | en | Reuters                 | Reuters
According to Reuters calculations, output fell.              | en | Reuters                 | Reuters
Officials told the AP they would not comment.                | en | Associated Press        | AP
A ministry official was quoted by SPA as saying so.          | en | Saudi Press Agency      | SPA
The official Emirates news agency WAM said on Monday.        | en | Emirates News Agency    | Emirates news agency
The Press Trust of India (PTI) reported the launch.          | en | Press Trust of India    | Press Trust of India
Jordan's official news agency Petra said the king arrived.   | en | Petra                   | Petra
Michael Bloomberg's company? No: Bloomberg reported the deal. | en | Bloomberg News          | Bloomberg
Le ministre a déclaré à l'AFP que rien n'était décidé.       | fr | Agence France-Presse    | AFP
Selon l'AFP, le bilan s'alourdit.                           | fr | Agence France-Presse    | AFP
El ministro dijo a EFE que no habrá cambios.                | es | EFE                     | EFE
Según EFE, el acuerdo se firmó ayer.                        | es | EFE                     | EFE
Laut dpa wurde der Plan gebilligt.                          | de | Deutsche Presse-Agentur | dpa
Der Minister sagte der dpa, der Plan sei gebilligt.         | de | Deutsche Presse-Agentur | dpa
Об этом сообщает ТАСС.                                      | ru | TASS                    | ТАСС
Министр сообщил ТАСС, что план одобрен.                     | ru | TASS                    | ТАСС
据新华社报道，计划已获批准。                                    | zh | Xinhua                  | 新华社
新华社报道称，计划已获批准。                                    | zh | Xinhua                  | 新华社
ونقلت وكالة رويترز عن مسؤول قوله إن الخطة أقرت.               | ar | Reuters                 | رويترز
وقال المسؤول لرويترز إن الخطة أقرت.                           | ar | Reuters                 | رويترز
وقال المسؤول ولوكالة رويترز إن الخطة أقرت.                     | ar | Reuters                 | رويترز
وذكرت وكالة الأنباء السعودية (واس) أن الخطة أقرت.              | ar | Saudi Press Agency      | وكالة الأنباء السعودية
وقال المتحدث لقناة الجزيرة إن الخطة أقرت.                      | ar | Al Jazeera              | قناة الجزيرة
بحسب وكالة بترا فإن الملك وصل.                                 | ar | Petra                   | بترا
وقال مصدر عسكري لوكالة الأنباء العراقية إن الهجوم صد.            | ar | Iraqi News Agency       | وكالة الأنباء العراقية
وقال الوزير لصحيفة الحياة إن الخطة أقرت.                       | ar | Al-Hayat                | صحيفة الحياة
وذكرت قناة الميادين أن الخطة أقرت.                             | ar | Al Mayadeen             | قناة الميادين
A military spokesman told the Iraqi news agency INA the attack failed. | en | Iraqi News Agency | Iraqi news agency
""")
  void citations(String text, String language, String name, String surface) {
    assertThat(withRole(extract(text, language), SourceRole.CITED))
        .extracting(SourceMention::name, SourceMention::text)
        .containsExactly(tuple(name, surface));
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Check the AP Stylebook for the rule.                        | en
          Reuters Plaza was closed for renovation.                    | en
          The Reuters Institute published a study.                    | en
          Affiliated Publications <AFP> said AFP sales rose.          | en
          Petra is an ancient city in Jordan.                         | en
          The SPA reopened after a refit.                             | en
          Former mayor Michael Bloomberg said he would donate.        | en
          Students take AP exams in May.                              | en
          Le monde entier regarde.                                    | fr
          El país vive una crisis.                                    | es
          وصلت القوات إلى شبه الجزيرة الكورية                          | ar
          يتحدث اللغة العربية بطلاقة                                   | ar
          زار السياح منطقة الأهرام                                     | ar
          Saba said that chip makers had pledged more.                | en
          Laut mehr als hundert Zeugen wurde der Plan gebilligt.      | de
          وقال السفير إن الأخبار التي نقلت عن العالم غير صحيحة         | ar
          """)
  void nonCitations(String text, String language) {
    assertThat(extract(text, language)).isEmpty();
  }

  @Test
  void seedArticleCitesReutersTwice() {
    String text = SeedArticle.text();

    List<SourceMention> mentions = extract(text, "ar");

    assertThat(mentions)
        .extracting(SourceMention::name, SourceMention::role, SourceMention::text)
        .containsExactly(
            tuple("Reuters", SourceRole.CITED, "رويترز"),
            tuple("Reuters", SourceRole.CITED, "رويترز"));
    assertThat(text.substring(0, mentions.get(0).end())).endsWith("ونقلت وكالة رويترز");
    assertThat(text.substring(0, mentions.get(1).end())).endsWith("لرويترز");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
Reuters                              | Reuters              | Q130879
https://www.bbc.co.uk/news/world     | BBC                  | Q9531
الجزيرة                              | Al Jazeera           | newsetl:broadcaster/al-jazeera
""")
  void publisherFromMetadata(String publisher, String name, String id) {
    List<SourceMention> mentions = EXTRACTOR.extract("Text.", "en", Optional.of(publisher));

    assertThat(mentions)
        .containsExactly(
            new SourceMention(name, Optional.of(id), SourceRole.PUBLISHER, publisher, -1, -1));
  }

  @Test
  void unknownPublisherKeepsItsName() {
    List<SourceMention> mentions = EXTRACTOR.extract("Text.", "en", Optional.of(" Daily Planet "));

    assertThat(mentions)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.name()).isEqualTo("Daily Planet");
              assertThat(m.id()).isEmpty();
              assertThat(m.inText()).isFalse();
            });
  }

  @Test
  void publisherComesFirstThenTextOrder() {
    String text = "LONDON (Reuters) - He told AFP so.\n(Editing by Jo Roe)";

    List<SourceMention> mentions = EXTRACTOR.extract(text, "en", Optional.of("reuters.com"));

    assertThat(mentions)
        .extracting(SourceMention::role)
        .containsExactly(
            SourceRole.PUBLISHER, SourceRole.DATELINE, SourceRole.CITED, SourceRole.CREDIT);
  }

  @Test
  void sharedInstanceGivesTheSameResultsOnManyThreads() throws Exception {
    String text = SeedArticle.text() + "\nLONDON (Reuters) - He told AFP so.\n(Editing by Jo Roe)";
    List<SourceMention> expected = EXTRACTOR.extract(text, "ar", Optional.of("bbc.com"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SourceMention>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> EXTRACTOR.extract(text, "ar", Optional.of("bbc.com"))));
      }
      for (Future<List<SourceMention>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Nested
  class Errors {

    @Test
    void emptyAndBlankTextsHaveNoMentions() {
      assertThat(EXTRACTOR.extract("", "en", Optional.empty())).isEmpty();
      assertThat(EXTRACTOR.extract(" \n\t ", "und", Optional.of(" "))).isEmpty();
    }

    @Test
    void nullTextIsRejected() {
      assertThatNullPointerException()
          .isThrownBy(() -> EXTRACTOR.extract(null, "en", Optional.empty()));
    }

    @Test
    void unknownLanguageUsesEveryLanguagesCues() {
      assertThat(extract("Officials told the AP nothing.", "xx"))
          .extracting(SourceMention::name)
          .containsExactly("Associated Press");
    }

    @Test
    void oneMegabyteWithoutNamesIsFast() {
      String text = "The committee met again and discussed the budget. ".repeat(20_000);

      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long start = threads.getCurrentThreadCpuTime();
      List<SourceMention> mentions = extract(text, "en");
      long cpu = threads.getCurrentThreadCpuTime() - start;

      assertThat(mentions).isEmpty();
      assertThat(Duration.ofNanos(cpu)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void textEndingInsideANameIsSafe() {
      assertThat(extract("He told Associated", "en")).isEmpty();
      assertThat(extract("(", "en")).isEmpty();
    }
  }
}
