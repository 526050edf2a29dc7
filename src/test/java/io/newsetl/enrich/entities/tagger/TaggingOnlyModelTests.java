package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaggingOnlyModelTests {

  private static List<List<String>> sentences(String file, String charset) throws IOException {
    return new TextTokenizer(150)
        .sentences(Files.readString(Path.of(file), Charset.forName(charset))).stream()
            .map(s -> s.stream().map(TextTokenizer.Token::text).toList())
            .toList();
  }

  @ParameterizedTest
  @CsvSource({
    "en, sample-input/2023/07/12/20230712_en_reuters_us-inflation-cools.txt, US-ASCII",
    "ar, sample-input/2023/07/13/000_2974fc50fc4f2d80.txt, UTF-8",
    "ar, sample-input/2023/07/12/20230712_ar_reuters_china-nato-summit.txt, windows-1256"
  })
  void tagsExactlyAsTheFullModel(String language, String file, String charset) throws IOException {
    TaggerModel full = BundledNameTaggers.model(language);
    TaggerModel tagging = full.forTagging();
    List<List<String>> sentences = sentences(file, charset);
    assertThat(sentences).hasSizeGreaterThan(3);

    assertThat(tagging.scoresOfText(sentences)).isDeepEqualTo(full.scoresOfText(sentences));
    assertThat(tagging.labelsOfText(sentences)).isEqualTo(full.labelsOfText(sentences));
    List<TaggerModel.Tagged> expected = full.tagText(sentences);
    List<TaggerModel.Tagged> actual = tagging.tagText(sentences);
    for (int s = 0; s < sentences.size(); s++) {
      assertThat(actual.get(s).labels()).isEqualTo(expected.get(s).labels());
      assertThat(actual.get(s).confidence()).isEqualTo(expected.get(s).confidence());
      assertThat(tagging.scores(sentences.get(s))).isDeepEqualTo(full.scores(sentences.get(s)));
    }
    assertThat(tagging.featureCount()).isEqualTo(full.featureCount());
    assertThat(tagging.language()).isEqualTo(language);
    assertThat(tagging.forTagging()).isSameAs(tagging);
  }

  @ParameterizedTest
  @CsvSource({"en", "ar"})
  void cannotBeWrittenScaledOrScoredByFeatureStrings(String language) {
    TaggerModel tagging = BundledNameTaggers.model(language).forTagging();
    List<String> words = List.of("Reuters", "said");
    assertThatThrownBy(() -> tagging.write(new ByteArrayOutputStream(), 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kept for tagging only cannot be written");
    assertThatThrownBy(() -> tagging.scaled(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tagging.scoresOfFeatureStrings(words))
        .isInstanceOf(IllegalStateException.class);
  }
}
