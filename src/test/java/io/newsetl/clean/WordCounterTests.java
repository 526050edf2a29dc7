package io.newsetl.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCounterTests {

  private final WordCounter counter = new WordCounter();

  @ParameterizedTest(name = "{0} words: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0 | ''
          0 | '   '
          0 | '— , . ! « » “ ”'
          2 | Hello, world!
          6 | Don't stop: year-on-year 3.0% U.S. rise
          1 | 2023
          9 | WASHINGTON (Reuters) - U.S. consumer prices rose modestly in June
          4 | قال المتحدث باسم الوزارة
          6 | وقال لي وي لرويترز: «الرسالة واضحة»
          4 | Курс рубля снизился сегодня
          5 | « Nous entrons dans un épisode »
          3 | Bundesregierung beschließt China-Strategie
          17 | 海关总署13日发布数据显示，今年上半年
          14 | 新华社北京7月13日电（记者王海）
          6 | Apple的CEO库克说
          10 | 日本語のテキストです
          2 | 한국어 문장입니다
          8 | ภาษาไทยเป็นภาษาที่มีระดับเสียง
          """)
  void countsWordsInEveryScript(int expected, String text) {
    assertThat(counter.count(text)).isEqualTo(expected);
  }

  @Test
  void countsAcrossLinesAndParagraphs() {
    assertThat(counter.count("First line\nsecond line\n\nThird paragraph.")).isEqualTo(6);
  }

  @Nested
  class Errors {

    @Test
    void nullIsRejected() {
      assertThatNullPointerException().isThrownBy(() -> counter.count(null));
    }
  }
}
