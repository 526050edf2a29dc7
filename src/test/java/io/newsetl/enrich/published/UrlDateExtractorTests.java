package io.newsetl.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDateExtractorTests {

  private final UrlDateExtractor urls = new UrlDateExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://www.reuters.com/world/2023/07/13/china-rejects-claims/, 2023-07-13",
    "https://chicago.suntimes.com/2020/6/24/21302329/trump-judges, 2020-06-24",
    "https://economia.ig.com.br/2020-11-26/agronegocio.html, 2020-11-26",
    "https://www.albayan.ae/across-the-uae/news/2020-06-03-1.3874341, 2020-06-03",
    "https://www.monroenews.com/ZZ/news/20200516/italy-seeks-to-boost-tourism, 2020-05-16",
    "https://example.org/archive/story_2023_07_13_x.html, 2023-07-13",
    "https://example.org/2023/07/13, 2023-07-13",
    "https://www.youm7.com/story/2020/8/24/وزير-الرى/4943459, 2020-08-24"
  })
  void findsTheDayInThePath(String url, LocalDate expected) {
    assertThat(urls.extract(url)).contains(expected);
  }

  @Nested
  class NoDay {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "https://www.nationalgeographic.co.uk/environment/2020/01/ravenous-wild-goats",
          "https://blog.campact.de/2023/10/3-fragen-an-tina-musil/",
          "https://example.org/item/202307131234/",
          "https://example.org/news/12345678/story",
          "https://20230713.example.org/story",
          "https://example.org/story?date=2023-07-13",
          "https://example.org/2023/02/30/impossible",
          "not a url"
        })
    void givesNothing(String url) {
      assertThat(urls.extract(url)).isEmpty();
    }
  }
}
