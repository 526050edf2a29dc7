package io.newsetl.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTests {

  private final TextNormalizer normalizer = new TextNormalizer();

  static Stream<Arguments> characters() {
    return Stream.of(
        Arguments.of("decomposed accent becomes NFC", "Cafe\u0301 Ame\u0301lie", "Café Amélie"),
        Arguments.of("control characters removed", "a\u0000b\u0007c\u001Bd\u007Fe", "abcde"),
        Arguments.of(
            "zero-width characters removed", "a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf", "abcdef"),
        Arguments.of(
            "bidi marks and isolates removed",
            "\u200Fمرحبا\u200E \u202Bنص\u202C \u2067Reuters\u2069 \u061Cأ",
            "مرحبا نص Reuters أ"),
        Arguments.of("soft hyphen removed", "inter\u00ADnational", "international"),
        Arguments.of("tatweel removed", "الاقتصـــاد اليـوم", "الاقتصاد اليوم"),
        Arguments.of(
            "tabs and Unicode spaces collapse",
            "a\t\tb\u00A0\u00A0c\u2009d\u3000e\u202Ff \u2007 g",
            "a b c d e f g"),
        Arguments.of("byte order mark at the start", "\uFEFFTitle", "Title"),
        Arguments.of(
            "Chinese full-width punctuation kept", "新华社北京7月13日电（记者王海）", "新华社北京7月13日电（记者王海）"),
        Arguments.of("Arabic comma and diacritics kept", "قالَ ، إنّ", "قالَ ، إنّ"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void characters(String name, String input, String expected) {
    assertThat(normalizer.normalize(input)).isEqualTo(expected);
  }

  static Stream<Arguments> layout() {
    return Stream.of(
        Arguments.of(
            "lines trimmed, blank lines collapse", "  one  \n\n\n\n\t two \n", "one\n\ntwo"),
        Arguments.of(
            "CRLF, CR, NEL, line and paragraph separators",
            "one\r\n\r\ntwo\r\rthree\u0085\u0085four\u2029five",
            "one\n\ntwo\n\nthree\n\nfour\n\nfive"),
        Arguments.of(
            "one paragraph per long line stays so",
            "First paragraph line that is long enough to be a real paragraph of news text.\n"
                + "Second paragraph line, also long, with a different length than the first.",
            "First paragraph line that is long enough to be a real paragraph of news text.\n\n"
                + "Second paragraph line, also long, with a different length than the first."),
        Arguments.of(
            "short lines without blank lines stay apart",
            "Apples\nPears\nPlums",
            "Apples\n\nPears\n\nPlums"),
        Arguments.of(
            "word hyphenated across lines is joined",
            "Ministers met at the inter-\nnational summit.",
            "Ministers met at the international summit."),
        Arguments.of(
            "hyphen before a capital is no hyphenation in unwrapped text",
            "Talks on the Franco-\nGerman border.",
            "Talks on the Franco-\n\nGerman border."),
        Arguments.of(
            "spaced dash at line end is not a hyphenation",
            "WASHINGTON (Reuters) -\nprices rose.",
            "WASHINGTON (Reuters) -\n\nprices rose."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void layout(String name, String input, String expected) {
    assertThat(normalizer.normalize(input)).isEqualTo(expected);
  }

  static Stream<Arguments> hardWrapped() {
    return Stream.of(
        Arguments.of(
            "English wire story",
            """
            Fed holds rates steady

            WASHINGTON (Reuters) - The Federal Reserve held interest rates
            steady on Wednesday but signaled that it could raise them again
            later this year, as officials said the year-on-
            year pace of inflation remained too high and the labour market
            tight. Economists had broadly expected the pause.
               "We are not done yet," Fed Chair Jerome Powell told reporters
            after the two-day meeting. "The committee is prepared to act."
               European shares rose after the decision, led by the Franco-
            German defence group KNDS and by banks in Frankfurt and Paris.
            """,
            """
            Fed holds rates steady

            WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday but \
            signaled that it could raise them again later this year, as officials said the \
            year-on-year pace of inflation remained too high and the labour market tight. \
            Economists had broadly expected the pause.

            "We are not done yet," Fed Chair Jerome Powell told reporters after the two-day \
            meeting. "The committee is prepared to act."

            European shares rose after the decision, led by the Franco-German defence group KNDS \
            and by banks in Frankfurt and Paris.\
            """),
        Arguments.of(
            "headline and list items are not glued",
            """
            Markets at a glance
            Stocks rose on Wall Street on Thursday after data showed that
            inflation cooled for a third month, while bond yields fell to
            their lowest level in a month.
             - Dow Jones up 0.9%
             - Nasdaq up 1.2%
            """,
            """
            Markets at a glance

            Stocks rose on Wall Street on Thursday after data showed that inflation cooled for a \
            third month, while bond yields fell to their lowest level in a month.

            - Dow Jones up 0.9%

            - Nasdaq up 1.2%\
            """),
        Arguments.of(
            "Arabic wire story",
            """
            الرياض (رويترز) - قالت منظمة أوبك في تقريرها الشهري يوم الخميس
            إن الطلب العالمي على النفط سيرتفع في العام المقبل رغم المخاوف
            من تباطؤ الاقتصاد العالمي وارتفاع أسعار الفائدة في أوروبا.

            وقال محلل في دبي إن التقرير يبعث برسالة طمأنة للسوق.
            """,
            """
            الرياض (رويترز) - قالت منظمة أوبك في تقريرها الشهري يوم الخميس إن الطلب العالمي على \
            النفط سيرتفع في العام المقبل رغم المخاوف من تباطؤ الاقتصاد العالمي وارتفاع أسعار \
            الفائدة في أوروبا.

            وقال محلل في دبي إن التقرير يبعث برسالة طمأنة للسوق.\
            """),
        Arguments.of(
            "Chinese wrapped lines join without spaces, sentence ends stay",
            """
            新华社北京7月13日电 海关总署13日发布数据显示，今年上半年，我国货物
            贸易进出口总值20.1万亿元，同比增长2.1%。
            海关总署新闻发言人表示，当前外需走弱，外贸增长面临较大压力，但基本
            面没有改变。
            """,
            """
            新华社北京7月13日电 海关总署13日发布数据显示，今年上半年，我国货物贸易进出口总值20.1万亿\
            元，同比增长2.1%。

            海关总署新闻发言人表示，当前外需走弱，外贸增长面临较大压力，但基本面没有改变。\
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void hardWrapped(String name, String input, String expected) {
    assertThat(normalizer.normalize(input)).isEqualTo(expected);
  }

  @Test
  void blocksBecomeParagraphs() {
    List<String> blocks = List.of("Title", "  first\u00A0paragraph ", "", "second\nparagraph");

    assertThat(normalizer.normalize(blocks))
        .isEqualTo("Title\n\nfirst paragraph\n\nsecond\n\nparagraph");
  }

  @Test
  void keepsEveryCharacterOfAWrappedStory() {
    String story = hardWrapped().findFirst().orElseThrow().get()[1].toString();

    String normalized = normalizer.normalize(story);

    assertThat(normalized.replaceAll("\\s", "")).isEqualTo(story.replaceAll("\\s", ""));
  }

  @Nested
  class Errors {

    @Test
    void nullTextIsRejected() {
      assertThatNullPointerException().isThrownBy(() -> normalizer.normalize((String) null));
    }

    @Test
    void nullBlocksAreRejected() {
      assertThatNullPointerException().isThrownBy(() -> normalizer.normalize((List<String>) null));
    }

    @ParameterizedTest
    @MethodSource("io.newsetl.clean.TextNormalizerTests#blank")
    void blankTextBecomesEmpty(String input) {
      assertThat(normalizer.normalize(input)).isEmpty();
    }
  }

  static Stream<String> blank() {
    return Stream.of("", " ", "\n\n\n", "\t\u00A0\u3000", "\u200B\uFEFF\u200F", "\u0640\u00AD");
  }
}
