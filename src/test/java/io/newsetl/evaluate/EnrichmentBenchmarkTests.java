package io.newsetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentBenchmarkTests {

  @Test
  void joinsShortStoriesIntoArticlesOfAboutThreeKilobytes() {
    List<String> stories =
        List.of("a".repeat(1000), "b".repeat(1000), "c".repeat(1500), "d".repeat(10));

    List<String> articles = EnrichmentBenchmark.articlesOf(stories);

    assertThat(articles)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a).hasSize(3504).startsWith("aaa").endsWith("ccc");
            });
  }

  @Test
  void cutsLongTextsAtALineBreak() {
    String text = ("x".repeat(99) + "\n").repeat(40);

    assertThat(EnrichmentBenchmark.cut(text)).hasSize(2999).endsWith("x");
  }

  @Test
  void measuresEveryRoundAfterTheWarmUp() {
    AtomicInteger calls = new AtomicInteger();

    EnrichmentBenchmark.Measurement m =
        EnrichmentBenchmark.measure("count", List.of("ab", "cd"), 3, t -> calls.incrementAndGet());

    assertThat(calls).hasValue(10);
    assertThat(m.articles()).isEqualTo(6);
    assertThat(m.characters()).isEqualTo(12);
    assertThat(m.toString()).startsWith("count");
  }

  @Test
  void takesTheTextsOfALanguageFromACorpusFolderInPathOrder(@TempDir Path corpus)
      throws IOException {
    Path day = Files.createDirectories(corpus.resolve("2024/03/08"));
    Files.writeString(day.resolve("b.txt"), "Oslo is the capital of Norway.");
    Files.writeString(day.resolve("a.txt"), "قال الرئيس في الرياض إن Oslo");
    Files.writeString(day.resolve("c.html"), "<p>Bergen</p>");
    Files.writeString(corpus.resolve("2024/a.txt"), "Bergen is a city.");

    assertThat(EnrichmentBenchmark.corpusTexts(corpus, "en"))
        .containsExactly("Oslo is the capital of Norway.", "Bergen is a city.");
    assertThat(EnrichmentBenchmark.corpusTexts(corpus, "ar"))
        .singleElement()
        .asString()
        .startsWith("قال");
  }

  @Test
  void theLanguageOfATextIsTheScriptOfMostOfItsLetters() {
    assertThat(EnrichmentBenchmark.languageOf("الأمم المتحدة UN")).isEqualTo("ar");
    assertThat(EnrichmentBenchmark.languageOf("The United Nations (الأمم)")).isEqualTo("en");
    assertThat(EnrichmentBenchmark.languageOf("2024")).isEqualTo("en");
  }

  @Nested
  class Errors {

    @Test
    void noTextsGiveNoArticles() {
      assertThat(EnrichmentBenchmark.articlesOf(List.of())).isEmpty();
      assertThat(EnrichmentBenchmark.measure("none", List.of(), 1, t -> {}).articlesPerSecond())
          .isZero();
    }
  }
}
