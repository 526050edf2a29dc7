package io.newsetl.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

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

class QuoteExtractorTests {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  /** CPU time of the current thread while running {@code work}: other load does not count. */
  private static long cpuNanos(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    work.run();
    return threads.getCurrentThreadCpuTime() - start;
  }

  private static List<Quote> extract(String text, String language) {
    List<Quote> quotes = EXTRACTOR.extract(text, language);
    assertThat(quotes)
        .allSatisfy(
            q -> {
              assertThat(q.text()).isNotBlank();
              q.speakerText().ifPresent(s -> assertThat(text).contains(s));
            });
    return quotes;
  }

  /** Whether {@code opening} follows a quotation mark in {@code text} (not only inside a quote). */
  private static boolean opensAQuote(String text, String opening) {
    for (String mark : List.of("“", "«", "\"", "„")) {
      if (text.contains(mark + opening) || text.contains(mark + " " + opening)) {
        return true;
      }
    }
    return false;
  }

  /** The quote whose words start with {@code opening}. */
  private static Quote quoteStarting(List<Quote> quotes, String opening) {
    return quotes.stream()
        .filter(q -> q.text().startsWith(opening))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no quote starting with " + opening + " in " + quotes));
  }

  @ParameterizedTest(name = "seed: {0} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
"""
لقد حان الوقت لشرح الولايات المتحدة | المتحدث باسم وزارة الخارجية الصينية وانغ وين بين | وانغ وين بين | وقال
كما هو الحال مع أي نشاط فاعل | الشركة | شركة مايكروسوفت | وقالت
الخصم يركز على التجسس | - | شركة مايكروسوفت | وأضافت
لحماية العملاء المتضررين | الشركة | شركة مايكروسوفت | وقالت
أثر على الأنظمة غير المصنفة | آدم هودج المتحدث باسم مجلس الأمن القومي | آدم هودج | وقال
اتصل المسؤولون على الفور | هودج | آدم هودج | قوله
نشاطا غير عادي | وزارة الخارجية الأمريكية | وزارة الخارجية الأمريكية | وقالت
ستواصل المراقبة عن كثب | متحدث باسم الوزارة | متحدث باسم الوزارة | وقال
يقدر مجتمع الاستخبارات الأمريكية | المتحدث باسم وزارة الخارجية ماثيو ميللر | ماثيو ميللر | قال
مثمرة | وزيرة الخزانة الأمريكية جانيت يلين | جانيت يلين | قالت
على أسس أكيدة | - | جانيت يلين | مضيفة
معلومات مضللة | - | - | -
أكبر إمبراطورية قرصنة في العالم | - | - | -
بسرعة إلى حد ما | - | - | قائلاً
""")
  void seedArticle(String opening, String speakerText, String speaker, String cue) {
    String text = SeedArticle.text();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        SeedArticle.full() || opensAQuote(text, opening),
        "seed article not found under ../shared/seed/ and the excerpt lacks this quote");

    Quote quote = quoteStarting(extract(text, "ar"), opening);

    assertThat(quote.speakerText()).isEqualTo(Optional.ofNullable(speakerText));
    if (SeedArticle.full() || speaker == null) {
      assertThat(quote.speaker()).isEqualTo(Optional.ofNullable(speaker));
    } else {
      // The excerpt lacks the sentences that name Microsoft as "شركة مايكروسوفت".
      assertThat(quote.speaker()).isPresent();
    }
    assertThat(quote.cue()).isEqualTo(Optional.ofNullable(cue));
    assertThat(text.substring(quote.start(), quote.end())).contains(quote.text());
  }

  @Test
  void seedArticleHasEveryQuote() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        SeedArticle.full(), "seed article not found under ../shared/seed/");

    assertThat(extract(SeedArticle.text(), "ar")).hasSize(14);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
"""
en | Foreign Ministry spokesman Wang Wenbin said: “It is time to explain.”                | Foreign Ministry spokesman Wang Wenbin | Wang Wenbin | said
en | “We will respond,” Wang said.                                                      | Wang | Wang | said
en | “We are monitoring it,” said Adam Hodge, a spokesman for the White House.          | Adam Hodge | Adam Hodge | said
en | “Nothing has changed,” said a spokesman for the ministry.                          | a spokesman for the ministry | a spokesman for the ministry | said
en | According to the minister, “the talks failed.”                                   | the minister | the minister | According to
en | The State Department said: ‘We are aware.’                                        | The State Department | State Department | said
en | “It is over,” she said.                                                           | she | - | said
en | She called it "a disaster" and left.                                               | - | - | -
fr | « Nous allons répondre », a déclaré Emmanuel Macron.                               | Emmanuel Macron | Emmanuel Macron | a déclaré
fr | Selon le ministre, « rien n'est décidé ».                                         | le ministre | le ministre | Selon
es | “No habrá cambios”, dijo el presidente Pedro Sánchez.                              | el presidente Pedro Sánchez | Pedro Sánchez | dijo
es | "Es definitivo", dijo.                                                            | - | - | dijo
de | „Wir werden reagieren“, sagte Bundeskanzler Olaf Scholz.                          | Bundeskanzler Olaf Scholz | Olaf Scholz | sagte
de | Der Sprecher des Ministeriums sagte: »Kein Kommentar.«                            | Der Sprecher des Ministeriums | Der Sprecher des Ministeriums | sagte
ru | «Мы ответим», — заявил Дмитрий Песков.                                            | Дмитрий Песков | Дмитрий Песков | заявил
ru | Официальный представитель МИД Мария Захарова заявила: «Это провокация».           | Официальный представитель МИД Мария Захарова | Мария Захарова | заявила
zh | 外交部发言人汪文斌13日在例行记者会上表示：“美方应停止散布虚假信息。”                  | 外交部发言人汪文斌 | 汪文斌 | 表示
zh | 「這是誣衊」，他說。                                                                 | 他 | - | 說
ar | “لن نتراجع” ، قال وزير الخارجية أيمن الصفدي.                                       | وزير الخارجية أيمن الصفدي | أيمن الصفدي | قال
ar | وقال الرئيس: «لن نقبل بذلك».                                                      | الرئيس | الرئيس | وقال
ar | وفقا للمتحدث الرسمي، “الوضع هادئ تماما”.                                         | للمتحدث الرسمي | المتحدث الرسمي | وفقا
ar | وأوضحت الدراسة المنشورة في دورية «ساينس» النتائج.                                  | - | - | -
ar | ونقلت رويترز عن المسؤول قوله إن “الوضع هادئ”.                                       | المسؤول | المسؤول | قوله
""")
  void speakers(String language, String text, String speakerText, String speaker, String cue) {
    Quote quote = extract(text, language).get(0);

    assertThat(quote.speakerText()).isEqualTo(Optional.ofNullable(speakerText));
    assertThat(quote.speaker()).isEqualTo(Optional.ofNullable(speaker));
    assertThat(quote.cue()).isEqualTo(Optional.ofNullable(cue));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
en | “We will respond,” Wang Wenbin said. “The U.S. must stop,” he added.          | Wang Wenbin
en | “We are aware,” Matthew Miller said. Later, Miller said: “We watch.”          | Matthew Miller
fr | « C'est clair », a déclaré Emmanuel Macron. « Voilà », a-t-il ajouté.           | Emmanuel Macron
es | “Es definitivo”, dijo Pedro Sánchez. “No hay más”, añadió.                     | Pedro Sánchez
de | „Das ist klar“, sagte Olaf Scholz. „Wir handeln“, fügte er hinzu.              | Olaf Scholz
ru | «Мы ответим», — заявил Дмитрий Песков. «Это ясно», — сказал он.                | Дмитрий Песков
zh | 汪文斌表示：“美方应停止。”“这是诬蔑，”他说。                                         | 汪文斌
ar | وقال الوزير أيمن الصفدي: “لن نتراجع”. وأضاف: “القرار نهائي”.                      | أيمن الصفدي
""")
  void laterQuotesReferBackToTheSpeaker(String language, String text, String speaker) {
    List<Quote> quotes = extract(text, language);

    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).speaker()).contains(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          “Hello,” he said.                          | Hello            | 0 | 8
          «Bonjour», dit-il.                         | Bonjour          | 0 | 9
          „Hallo“, sagte er.                         | Hallo            | 0 | 7
          ‚Hallo‘, sagte er.                         | Hallo            | 0 | 7
          »Hallo«, sagte er.                         | Hallo            | 0 | 7
          ‘Hello,’ he said.                          | Hello            | 0 | 8
          "Hello," he said.                          | Hello            | 0 | 8
          「你好」他说。                               | 你好             | 0 | 4
          『你好』他说。                               | 你好             | 0 | 4
          He said “it’s “really” over” yesterday.    | it’s “really” over | 8 | 28
          """)
  void quotationMarks(String text, String words, int start, int end) {
    Quote quote = extract(text, "und").get(0);

    assertThat(quote.text()).isEqualTo(words);
    assertThat(quote.start()).isEqualTo(start);
    assertThat(quote.end()).isEqualTo(end);
  }

  @Test
  void quoteRunningOverParagraphs() {
    String text = "He said: “The first paragraph.\n\n“The second paragraph,” Wang added.";

    Quote quote = extract(text, "en").get(0);

    assertThat(quote.text()).isEqualTo("The first paragraph.\n\nThe second paragraph");
    assertThat(quote.end()).isEqualTo(text.indexOf('”') + 1);
  }

  @Test
  void sharedInstanceGivesTheSameResultsOnManyThreads() throws Exception {
    String text = SeedArticle.text();
    List<Quote> expected = EXTRACTOR.extract(text, "ar");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Quote>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> EXTRACTOR.extract(text, "ar")));
      }
      for (Future<List<Quote>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Nested
  class Errors {

    @Test
    void emptyTextHasNoQuotes() {
      assertThat(EXTRACTOR.extract("", "en")).isEmpty();
      assertThat(EXTRACTOR.extract("“”  \"\" «»", "en")).isEmpty();
    }

    @Test
    void nullTextIsRejected() {
      assertThatNullPointerException().isThrownBy(() -> EXTRACTOR.extract(null, "en"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            “Unbalanced quote here.\\nNext paragraph without quotes.
            He said « hello and left.\\n» Then a stray mark.
            A closing mark only” here.
            Rock ’n’ roll and don’t stop.
            """)
    void unbalancedMarksAreIgnored(String text) {
      assertThat(extract(text.replace("\\n", "\n"), "en")).isEmpty();
    }

    @Test
    void unbalancedMarkDoesNotSwallowTheNextQuote() {
      String text = "“Broken start.\nHe said: “Fine.”";

      assertThat(extract(text, "en")).extracting(Quote::text).containsExactly("Fine.");
    }

    @Test
    void oneMegabyteWithoutQuotesIsFast() {
      String text = "The committee met again and discussed the budget, he said. ".repeat(18_000);

      long cpu = cpuNanos(() -> assertThat(extract(text, "en")).isEmpty());

      assertThat(Duration.ofNanos(cpu)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void manyQuotesInALongTextAreFast() {
      String text = "“We will respond,” Wang Wenbin said on Monday. ".repeat(10_000);

      List<Quote> quotes = new java.util.ArrayList<>();
      long cpu = cpuNanos(() -> quotes.addAll(extract(text, "en")));

      assertThat(Duration.ofNanos(cpu)).isLessThan(Duration.ofSeconds(3));
      assertThat(quotes)
          .hasSize(10_000)
          .allSatisfy(q -> assertThat(q.speaker()).contains("Wang Wenbin"));
    }
  }
}
