package io.newsetl.enrich.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletCatalogTests {

  private final OutletCatalog catalog = OutletCatalog.bundled();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Reuters                    | Q130879                          | NEWS_AGENCY
          Associated Press           | Q40469                           | NEWS_AGENCY
          Agence France-Presse       | Q40464                           | NEWS_AGENCY
          Bloomberg News             | newsetl:agency/bloomberg         | NEWS_AGENCY
          Deutsche Presse-Agentur    | Q312653                          | NEWS_AGENCY
          EFE                        | newsetl:agency/efe               | NEWS_AGENCY
          ANSA                       | Q392934                          | NEWS_AGENCY
          Xinhua                     | Q204839                          | NEWS_AGENCY
          TASS                       | Q223799                          | NEWS_AGENCY
          RIA Novosti                | newsetl:agency/ria-novosti       | NEWS_AGENCY
          Interfax                   | Q379271                          | NEWS_AGENCY
          Kyodo News                 | newsetl:agency/kyodo             | NEWS_AGENCY
          Yonhap                     | newsetl:agency/yonhap            | NEWS_AGENCY
          Anadolu Agency             | newsetl:agency/anadolu           | NEWS_AGENCY
          Press Trust of India       | newsetl:agency/pti               | NEWS_AGENCY
          Emirates News Agency       | newsetl:agency/wam               | NEWS_AGENCY
          Saudi Press Agency         | newsetl:agency/spa               | NEWS_AGENCY
          Qatar News Agency          | newsetl:agency/qna               | NEWS_AGENCY
          Kuwait News Agency         | newsetl:agency/kuna              | NEWS_AGENCY
          Middle East News Agency    | newsetl:agency/mena              | NEWS_AGENCY
          Petra                      | newsetl:agency/petra             | NEWS_AGENCY
          BBC                        | Q9531                            | BROADCASTER
          CNN                        | Q48340                           | BROADCASTER
          Al Jazeera                 | newsetl:broadcaster/al-jazeera   | BROADCASTER
          Al Arabiya                 | newsetl:broadcaster/al-arabiya   | BROADCASTER
          Sky News                   | newsetl:broadcaster/sky-news     | BROADCASTER
          The New York Times         | Q9684                            | NEWSPAPER
          The Washington Post        | Q166032                          | NEWSPAPER
          The Wall Street Journal    | Q164746                          | NEWSPAPER
          Financial Times            | newsetl:newspaper/financial-times | NEWSPAPER
          Le Monde                   | Q12461                           | NEWSPAPER
          El País                    | newsetl:newspaper/el-pais        | NEWSPAPER
          Der Spiegel                | Q131478                          | NEWSPAPER
          RT                         | Q22868                           | BROADCASTER
          CCTV                       | newsetl:broadcaster/cctv         | BROADCASTER
          People's Daily             | newsetl:newspaper/peoples-daily  | NEWSPAPER
          Asharq Al-Awsat            | newsetl:newspaper/asharq-al-awsat | NEWSPAPER
          Al-Ahram                   | newsetl:newspaper/al-ahram       | NEWSPAPER
          """)
  void requiredOutletsAreCataloged(String name, String id, OutletKind kind) {
    Outlet outlet = catalog.byId(id).orElseThrow();

    assertThat(outlet.canonicalName()).isEqualTo(name);
    assertThat(outlet.kind()).isEqualTo(kind);
    assertThat(outlet.aliasesByLanguage().keySet())
        .containsExactlyElementsOf(OutletCatalog.LANGUAGES);
    assertThat(outlet.aliasesByLanguage().values())
        .allSatisfy(list -> assertThat(list).isNotEmpty());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          رويترز                      | Reuters
          路透社                      | Reuters
          Рейтер                      | Reuters
          أسوشيتد برس                 | Associated Press
          美联社                      | Associated Press
          أ ف ب                       | Agence France-Presse
          فرانس برس                   | Agence France-Presse
          وكالة الصحافة الفرنسية        | Agence France-Presse
          法新社                      | Agence France-Presse
          Франс Пресс                 | Agence France-Presse
          شينخوا                      | Xinhua
          新华社                      | Xinhua
          Синьхуа                     | Xinhua
          тасс                        | TASS
          تاس                         | TASS
          وام                         | Emirates News Agency
          واس                         | Saudi Press Agency
          قنا                         | Qatar News Agency
          كونا                        | Kuwait News Agency
          أ ش أ                       | Middle East News Agency
          بترا                        | Petra
          الجزيرة                     | Al Jazeera
          العربية                     | Al Arabiya
          REUTERS                     | Reuters
          the Associated Press        | Associated Press
          https://www.reuters.com/world/china/ | Reuters
          www.bbc.co.uk               | BBC
          nytimes.com                 | The New York Times
          """)
  void resolvesAliasesAndAddresses(String alias, String canonical) {
    assertThat(catalog.resolve(alias)).map(Outlet::canonicalName).contains(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"AP, true, true", "Reuters, false, false", "Petra, true, true", "dpa, true, false"})
  void marksAmbiguousAndCaseSensitiveAliases(
      String alias, boolean ambiguous, boolean caseSensitive) {
    AliasEntry entry =
        catalog.aliases().stream().filter(a -> a.text().equals(alias)).findFirst().orElseThrow();

    assertThat(entry.ambiguous()).isEqualTo(ambiguous);
    assertThat(entry.caseSensitive()).isEqualTo(caseSensitive);
  }

  @Test
  void idsAreUniqueAndWikidataIdsWellFormed() {
    Set<String> ids = new HashSet<>();
    for (Outlet outlet : catalog.outlets()) {
      assertThat(ids.add(outlet.id())).as(outlet.id()).isTrue();
      assertThat(outlet.id())
          .matches("Q[1-9][0-9]*|newsetl:(agency|broadcaster|newspaper|website)/[a-z0-9-]+");
    }
  }

  @Nested
  class Errors {

    @Test
    void unknownNamesResolveToNothing() {
      assertThat(catalog.resolve("The Daily Planet")).isEmpty();
      assertThat(catalog.resolve("")).isEmpty();
      assertThat(catalog.resolve("Reuters Plaza")).isEmpty();
    }

    @Test
    void malformedLineNamesItsNumber() {
      String tsv = "# header\nQ1\tNEWS_AGENCY\tOnly three cells\n";

      assertThatThrownBy(() -> read(tsv))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("line 2");
    }

    @Test
    void unknownKindIsRejected() {
      String tsv = "Q1\tPODCAST\tX\ta\ta\ta\ta\ta\ta\ta\n";

      assertThatThrownBy(() -> read(tsv))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PODCAST");
    }

    private OutletCatalog read(String tsv) {
      return OutletCatalog.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
