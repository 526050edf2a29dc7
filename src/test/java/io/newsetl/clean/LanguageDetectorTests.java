package io.newsetl.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTests {

  /** Loading the profiles takes about a second: one detector for all tests, as in production. */
  private static final LanguageDetector DETECTOR = new LanguageDetector();

  static Stream<Arguments> headlines() {
    return Stream.of(
        Arguments.of("en", "Fed signals pause as inflation cools"),
        Arguments.of("en", "Actors join writers on the picket line"),
        Arguments.of("ar", "الصين ترفض اتهامات القرصنة"),
        Arguments.of("ar", "ارتفاع أسعار النفط"),
        Arguments.of("fr", "La canicule frappe le sud de la France"),
        Arguments.of("fr", "Le défilé du 14 Juillet sur les Champs-Élysées"),
        Arguments.of("es", "Ola de calor en España: alerta roja en Andalucía"),
        Arguments.of("es", "Los precios de la vivienda suben un cinco por ciento"),
        Arguments.of("de", "Bundesregierung beschließt neue China-Strategie"),
        Arguments.of("de", "Hitzewelle in Süddeutschland erwartet"),
        Arguments.of("ru", "Минсельхоз повысил прогноз урожая зерна"),
        Arguments.of("ru", "Курс рубля снизился"),
        Arguments.of("zh", "海关总署发布上半年外贸数据"),
        Arguments.of("zh", "人民币汇率保持基本稳定"),
        Arguments.of("ja", "東京株式市場で日経平均株価が上昇した"),
        Arguments.of("ko", "한국은행 기준금리 동결"),
        Arguments.of("el", "Καύσωνας στην Αθήνα"),
        Arguments.of("he", "גל חום בישראל"),
        Arguments.of("th", "ราคาน้ำมันปรับตัวสูงขึ้น"),
        Arguments.of("uk", "Уряд України ухвалив новий бюджет"),
        Arguments.of("fa", "قیمت نفت در بازارهای جهانی افزایش یافت"),
        Arguments.of("pt", "O governo anunciou novas medidas para conter a inflação"),
        Arguments.of("it", "Il governo approva la manovra economica"),
        Arguments.of("nl", "Het kabinet is gevallen na ruzie over migratie"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource
  void headlines(String language, String text) {
    assertThat(DETECTOR.detect(text).language()).isEqualTo(language);
  }

  @Test
  void nGramModelsReadOnlyTheStartOfALongText() {
    String english = "The central bank held interest rates steady on Thursday. ".repeat(40);
    String french = "La banque centrale a maintenu ses taux directeurs jeudi. ".repeat(400);
    assertThat(english.length()).isGreaterThan(LanguageDetector.MODEL_CHARS);

    assertThat(DETECTOR.detect(english + french).language()).isEqualTo("en");
    assertThat(new LanguageDetector(Integer.MAX_VALUE).detect(english + french).language())
        .isEqualTo("fr");
  }

  static Stream<Arguments> paragraphs() {
    return Stream.of(
        Arguments.of(
            "en",
            "The central bank kept interest rates unchanged on Wednesday. Analysts expect another"
                + " increase in September, when new figures on prices and jobs will be available to"
                + " policymakers."),
        Arguments.of(
            "ar",
            "قال وزير المالية يوم الأربعاء إن الحكومة ستخفض الإنفاق العام في "
                + "العام المقبل. وأضاف أن العجز سيتراجع تدريجيا مع تحسن الإيرادات غير النفطية."),
        Arguments.of(
            "fr",
            "Le gouvernement a présenté mercredi son plan contre la sécheresse. Les "
                + "agriculteurs jugent les mesures insuffisantes et demandent des aides directes."),
        Arguments.of(
            "es",
            "El Gobierno aprobó el martes un nuevo plan de vivienda. La oposición lo "
                + "calificó de electoralista y pidió más ayudas para los jóvenes."),
        Arguments.of(
            "de",
            "Die Regierung hat am Mittwoch ein neues Klimaprogramm vorgestellt. "
                + "Kritiker halten es für unzureichend und fordern schnellere Schritte."),
        Arguments.of(
            "ru",
            "Правительство в среду одобрило новый план поддержки экспорта. Эксперты "
                + "считают его своевременным, но ждут подробностей о финансировании."),
        Arguments.of("zh", "国务院常务会议13日在北京召开。会议研究了促进消费的政策措施，" + "要求各地区各部门抓好落实。"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource
  void paragraphs(String language, String text) {
    LanguageGuess guess = DETECTOR.detect(text);

    assertThat(guess.language()).isEqualTo(language);
    assertThat(guess.confidence()).isGreaterThanOrEqualTo(0.9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2023/07/12/20230712_en_reuters_us-inflation-cools.txt, UTF-8, en",
    "2023/07/12/20230712_fr_afp_canicule-vigilance-orange.txt, ISO-8859-1, fr",
    "2023/07/12/20230712_ar_reuters_china-nato-summit.txt, windows-1256, ar",
    "2023/07/13/000_2974fc50fc4f2d80.txt, UTF-8, ar",
    "2023/07/13/20230713_zh_xinhua_foreign-trade-first-half.txt, GB2312, zh",
    "2023-07-14/20230714_ar_afp_iraq-heatwave.txt, ISO-8859-6, ar",
    "2023-07-14/20230714_de_dpa_heat-warning-south.txt, UTF-16, de"
  })
  void sampleArchiveTexts(String file, String charset, String language) throws IOException {
    String text = Files.readString(Path.of("sample-input", file), Charset.forName(charset));

    LanguageGuess guess = DETECTOR.detect(text);

    assertThat(guess.language()).isEqualTo(language);
    assertThat(guess.confidence()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void shortTextsAreLessCertainThanLongOnes() {
    String headline = "Hitzewelle in Süddeutschland erwartet";
    String paragraph =
        headline
            + ". Der Deutsche Wetterdienst rechnet am Wochenende mit bis zu "
            + "38 Grad in Bayern und Baden-Württemberg, teilte er am Freitag mit.";

    assertThat(DETECTOR.detect(headline).confidence())
        .isLessThan(DETECTOR.detect(paragraph).confidence());
  }

  @Test
  void sameAnswerFromManyThreads() {
    List<String> texts = paragraphs().map(a -> a.get()[1].toString()).toList();
    List<LanguageGuess> sequential = texts.stream().map(DETECTOR::detect).toList();

    for (int round = 0; round < 20; round++) {
      assertThat(texts.parallelStream().map(DETECTOR::detect).toList()).isEqualTo(sequential);
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "   ", "12345 67.89", "2023-07-13T10:45:00Z", "!!! --- ???", "😀👍"})
  void nothingToGoOnIsUndetermined(String text) {
    assertThat(DETECTOR.detect(text)).isEqualTo(LanguageGuess.undetermined());
  }

  @Nested
  class DeclaredLanguage {

    @ParameterizedTest(name = "{0} declared {1} -> {2}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            Oil prices rise                          | en      | en
            Oil prices rise                          | en-US   | en
            Oil prices rise                          | eng     | en
            Incendio forestal                        | es_ES   | es
            Prix                                     | fr      | fr
            ''                                       | de      | de
            الصين ترفض اتهامات القرصنة الأمريكية      | en      | ar
            Курс рубля снизился                      | bg      | bg
            Hitzewelle in Süddeutschland erwartet    | zh-Hans | de
            """)
    void winsOnlyWhenDetectionIsWeakAndScriptsAgree(String text, String hint, String expected) {
      assertThat(DETECTOR.detect(text, Optional.of(hint)).language()).isEqualTo(expected);
    }

    @Test
    void strongDetectionOverridesAWrongDeclaration() {
      String english =
          "The central bank kept interest rates unchanged on Wednesday and said "
              + "it would watch the labour market closely before its next meeting.";

      assertThat(DETECTOR.detect(english, Optional.of("fr")).language()).isEqualTo("en");
    }

    @Test
    void agreementRaisesConfidence() {
      String text = "Actors join writers on the picket line";

      assertThat(DETECTOR.detect(text, Optional.of("en")).confidence())
          .isGreaterThan(DETECTOR.detect(text).confidence());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "x", "und", "mul", "zxx", "english", "123"})
    void unusableDeclarationsAreIgnored(String hint) {
      String text = "Oil prices rise";

      assertThat(DETECTOR.detect(text, Optional.of(hint))).isEqualTo(DETECTOR.detect(text));
    }

    @Test
    void noDeclarationIsPlainDetection() {
      String text = "Курс рубля снизился";

      assertThat(DETECTOR.detect(text, Optional.empty())).isEqualTo(DETECTOR.detect(text));
    }
  }

  @Nested
  class Errors {

    @Test
    void nullTextIsRejected() {
      assertThatNullPointerException().isThrownBy(() -> DETECTOR.detect(null));
      assertThatNullPointerException().isThrownBy(() -> DETECTOR.detect(null, Optional.empty()));
    }

    @Test
    void nullHintIsRejected() {
      assertThatNullPointerException().isThrownBy(() -> DETECTOR.detect("text", null));
    }
  }
}
