package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTokenizerTests {

  static final TextTokenizer TOKENIZER = new TextTokenizer(100);

  static List<String> words(String text) {
    return TOKENIZER.sentences(text).stream()
        .flatMap(List::stream)
        .map(TextTokenizer.Token::text)
        .toList();
  }

  @Test
  void offsetsPointIntoTheText() {
    String text =
        "  Jake Sullivan (White House) said: \"Storm-0558 hit U.S. agencies.\"\nNext line";
    for (List<TextTokenizer.Token> sentence : TOKENIZER.sentences(text)) {
      for (TextTokenizer.Token token : sentence) {
        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
      }
    }
    assertThat(TOKENIZER.sentences(text).get(0).get(0))
        .isEqualTo(new TextTokenizer.Token("Jake", 2, 6));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Microsoft's Outlook was hit.        | Microsoft ' s Outlook was hit .
      Mr. Blinken met O'Neill in the U.S. | Mr. Blinken met O'Neill in the U.S.
      Storm-0558, a group; 3.5% rise      | Storm-0558 , a group ; 3.5 % rise
      AT&T and S&P 500                    | AT&T and S&P 500
      """)
  void splitsLikeConll(String text, String expected) {
    assertThat(words(text)).containsExactly(expected.split(" "));
  }

  @Test
  void arabicPunctuationIsSeparate() {
    assertThat(words("قالت الصين، إن واشنطن؛ لماذا؟"))
        .containsExactly("قالت", "الصين", "،", "إن", "واشنطن", "؛", "لماذا", "؟");
  }

  @Test
  void arabicWordsKeepTheirDiacritics() {
    assertThat(words("مُحَمَّد قال")).containsExactly("مُحَمَّد", "قال");
  }

  @Test
  void sentencesEndAtTerminalsAndLineBreaks() {
    List<List<TextTokenizer.Token>> sentences =
        TOKENIZER.sentences(
            "He left. She stayed! Why? No\nHeadline here\n\nMr. Smith spoke. 3.5 is a number");
    assertThat(sentences)
        .extracting(s -> s.get(0).text())
        .containsExactly("He", "She", "Why", "No", "Headline", "Mr.", "3.5");
  }

  @Test
  void wrappedProseContinuesAcrossLineBreaks() {
    List<List<TextTokenizer.Token>> sentences =
        TOKENIZER.sentences(
            "Headline\r\nBy Lucia Moreno\n\nEconomists at the investment firm Harbor Lane Capital in New\r\nYork said prices rose.\n\nNext");
    assertThat(sentences)
        .extracting(s -> s.get(0).text())
        .containsExactly("Headline", "By", "Economists", "Next");
    assertThat(sentences.get(2)).extracting(TextTokenizer.Token::text).contains("New", "York");
  }

  @Test
  void longSentencesAreCut() {
    assertThat(new TextTokenizer(3).sentences("a b c d e f g")).hasSize(3);
  }

  @Test
  void blankTextHasNoSentences() {
    assertThat(TOKENIZER.sentences(" \n\t ")).isEmpty();
    assertThat(TOKENIZER.sentences("")).isEmpty();
  }
}
