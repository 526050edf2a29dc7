package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextBlocksTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "US inflation cools to 3% in June, smallest rise in over two years",
        "Mr. Xi meets Gen. Austin in Singapore as U.S. Navy sails on",
        "Microsoft Corp. Reports Record Quarter as Cloud Sales Jump",
        "Is the Fed done? Markets think so",
        "ترفض الصين المزاعم بأن قراصنتها استهدفوا حسابات غربية.",
        "上半年我国外贸进出口总值20.1万亿元 同比增长2.1%"
      })
  void aShortFirstLineOfOneSentenceIsTheTitle(String line) {
    TextBlocks.Titled titled = TextBlocks.titled(Optional.empty(), line + "\n\nThe body.");

    assertThat(titled.title()).hasValue(line);
    assertThat(titled.blocks()).containsExactly("The body.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Chancellor Merz received President Macron in Berlin. Both spoke about Ukraine.",
        "Bundeskanzler Friedrich Merz hat Emmanuel Macron empfangen. Beide sprachen über die Ukraine.",
        "وصل الرئيس إلى الرياض مساء الثلاثاء. والتقى ولي العهد في قصر اليمامة.",
        "新华社北京11月25日电 国家主席习近平25日在人民大会堂会见来访的法国总统马克龙。"
      })
  void aFirstLineThatReadsAsAParagraphStaysInTheText(String line) {
    TextBlocks.Titled titled = TextBlocks.titled(Optional.empty(), line + "\n\nThe body.");

    assertThat(titled.title()).isEmpty();
    assertThat(titled.blocks()).containsExactly(line, "The body.");
  }

  @Test
  void aMetadataTitleWinsAndItsRepeatInTheTextIsDropped() {
    TextBlocks.Titled titled =
        TextBlocks.titled(Optional.of(" Rates on hold "), "Rates on hold\n\nThe bank kept rates.");

    assertThat(titled.title()).hasValue("Rates on hold");
    assertThat(titled.blocks()).containsExactly("The bank kept rates.");
  }

  @Test
  void aLongFirstLineOrALoneLineIsNoTitle() {
    String longLine = "word ".repeat(70).strip();

    assertThat(TextBlocks.titled(Optional.empty(), longLine + "\n\nThe body.").title()).isEmpty();
    assertThat(TextBlocks.titled(Optional.empty(), "Only a line").title()).isEmpty();
  }
}
