package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hashed features score exactly as the feature strings do, with the shipped models. */
class FeatureScorerTests {

  @ParameterizedTest
  @CsvSource({
    "en, sample-input/2023/07/12/20230712_en_reuters_us-inflation-cools.txt, US-ASCII",
    "en, sample-input/2023/07/13/20230713_en_reuters_uk-gdp-may.nitf.xml, UTF-8",
    "ar, sample-input/2023/07/13/000_2974fc50fc4f2d80.txt, UTF-8",
    "ar, sample-input/2023/07/12/20230712_ar_reuters_china-nato-summit.txt, windows-1256",
    "ar, sample-input/2023-07-14/20230714_ar_afp_iraq-heatwave.txt, ISO-8859-6"
  })
  void hashedFeaturesGiveTheSameScoresAsFeatureStrings(String language, String file, String charset)
      throws IOException {
    TaggerModel model = BundledNameTaggers.model(language);
    List<List<String>> sentences =
        sentences(Files.readString(Path.of(file), Charset.forName(charset)));
    assertThat(sentences).hasSizeGreaterThan(3);

    for (List<String> words : sentences) {
      float[][] strings = model.scoresOfFeatureStrings(words);
      float[][] hashed = model.scores(words);
      for (int i = 0; i < words.size(); i++) {
        assertThat(hashed[i]).as("%s in %s", words.get(i), words).containsExactly(strings[i]);
      }
      assertThat(strings[0]).as("the model knows some features").isNotEqualTo(new float[9]);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "en, sample-input/2023/07/12/20230712_en_reuters_us-inflation-cools.txt, US-ASCII",
    "ar, sample-input/2023/07/13/000_2974fc50fc4f2d80.txt, UTF-8",
    "ar, sample-input/2023/07/12/20230712_ar_reuters_china-nato-summit.txt, windows-1256",
    "ar, sample-input/2023-07-14/20230714_ar_afp_iraq-heatwave.txt, ISO-8859-6"
  })
  void hashedFeaturesOfAWholeTextGiveTheSameScoresAsFeatureStrings(
      String language, String file, String charset) throws IOException {
    TaggerModel model = BundledNameTaggers.model(language);
    List<List<String>> sentences =
        sentences(Files.readString(Path.of(file), Charset.forName(charset)));

    float[][][] strings = model.scoresOfTextFeatureStrings(sentences);
    float[][][] hashed = model.scoresOfText(sentences);
    int changedByOtherMentions = 0;
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      float[][] alone = model.scores(words);
      for (int i = 0; i < words.size(); i++) {
        assertThat(hashed[s][i]).as("%s in %s", words.get(i), words).containsExactly(strings[s][i]);
        changedByOtherMentions += Arrays.equals(hashed[s][i], alone[i]) ? 0 : 1;
      }
    }
    if (language.equals("ar")) {
      assertThat(changedByOtherMentions).as("tokens scored by nearby mentions").isPositive();
    } else {
      assertThat(changedByOtherMentions).isZero();
    }
  }

  @Test
  void theStringsAndTheHashesOfTheFeaturesOfATextAgree() {
    FeatureExtractor extractor =
        new FeatureExtractor("ar", WordClusters.empty(), NameGazetteer.empty());
    List<List<String>> text =
        List.of(
            List.of("قال", "الرئيس", "ساندلر"),
            List.of("وأكد", "ساندلر", "ذلك"),
            List.of("ثم", "زار", "ساندلر", "الرياض"));
    List<List<List<String>>> strings = extractor.extractText(text);
    List<List<List<Long>>> hashes = new ArrayList<>();
    extractor.extractText(
        text,
        s -> {
          hashes.add(new ArrayList<>());
          return new HashList(hashes.get(s));
        });

    for (int s = 0; s < text.size(); s++) {
      for (int i = 0; i < text.get(s).size(); i++) {
        assertThat(hashes.get(s).get(i))
            .containsExactlyElementsOf(
                strings.get(s).get(i).stream().map(FeatureHash::of).toList());
      }
    }
    assertThat(strings.get(1).get(1)).contains("nm=2", "nmc-1=title", "nmc-2=say", "cl-1=و");
  }

  @Test
  void theStringsAndTheHashesOfAFeatureAgree() {
    FeatureExtractor extractor =
        new FeatureExtractor("ar", WordClusters.empty(), NameGazetteer.empty());
    List<String> words = List.of("وقال", "الرئيس", "محمد", "بن", "سلمان", "في", "الرياض");
    List<List<String>> strings = extractor.extract(words);
    List<List<Long>> hashes = new ArrayList<>();
    extractor.extract(words, new HashList(hashes));

    for (int i = 0; i < words.size(); i++) {
      assertThat(hashes.get(i))
          .containsExactlyElementsOf(strings.get(i).stream().map(FeatureHash::of).toList());
    }
    assertThat(strings.get(1)).contains("cue-1=say", "stem=رئيس", "clitic=ال", "l-1=وقال");
  }

  @Test
  void theModelTableHoldsEachFeatureUnderTheHashOfItsString() {
    int t = NameLabels.COUNT;
    float[] weights = new float[2 * t];
    weights[t + 4] = 2.5f;
    FeatureTable table = TaggerModel.tableOf(Map.of("l0=oslo", 0, "w0=Oslo", 1), weights);
    float[] scores = new float[t];

    assertThat(table.addTo(FeatureHash.of("w0=Oslo"), scores)).isTrue();
    assertThat(table.addTo(FeatureHash.of("w0=Bergen"), scores)).isFalse();
    assertThat(scores[4]).isEqualTo(2.5f);
  }

  private static List<List<String>> sentences(String text) {
    return new TextTokenizer(150)
        .sentences(text).stream()
            .map(s -> s.stream().map(TextTokenizer.Token::text).toList())
            .toList();
  }

  /** Records each feature's hash as the scorer receives it. */
  private static final class HashList extends HashedFeatures {

    private final List<List<Long>> tokens;

    HashList(List<List<Long>> tokens) {
      this.tokens = tokens;
    }

    @Override
    public void startToken(int i) {
      tokens.add(new ArrayList<>());
    }

    @Override
    void add(long hash) {
      tokens.get(tokens.size() - 1).add(hash);
    }
  }
}
