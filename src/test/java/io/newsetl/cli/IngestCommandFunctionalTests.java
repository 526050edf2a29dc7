package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.ArticleId;
import io.newsetl.article.DocumentRef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The real command on {@code sample-input/}, read back with DuckDB as an analyst would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestCommandFunctionalTests {

  private static final String SEED = "2023/07/13/000_2974fc50fc4f2d80.txt";

  @TempDir static Path work;
  private static Path output;
  private static String firstSummary;

  @BeforeAll
  static void runOnSampleInput() {
    output = work.resolve("dataset");
    Result first = ingest();
    assertThat(first.status).isZero();
    firstSummary = first.out;
  }

  @Test
  @Order(1)
  void summaryCountsFilesArticlesAndLanguages() {
    assertThat(firstSummary)
        .contains("COMPLETED")
        .contains("articles")
        .contains("languages")
        .contains("ar ");
  }

  @Test
  @Order(2)
  void datasetHasHivePartitionsAndDocumentedTypes() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      Map<String, String> types = new LinkedHashMap<>();
      try (ResultSet rs = sql.executeQuery("DESCRIBE SELECT * FROM " + articles())) {
        while (rs.next()) {
          types.put(rs.getString("column_name"), rs.getString("column_type"));
        }
      }
      assertThat(types)
          .containsEntry("archive_date", "DATE")
          .containsEntry("lang", "VARCHAR")
          .containsEntry("article_id", "VARCHAR")
          .containsEntry("published_at", "TIMESTAMP WITH TIME ZONE")
          .containsEntry("authors", "VARCHAR[]")
          .containsEntry("word_count", "INTEGER")
          .containsEntry("language_confidence", "DOUBLE")
          .containsEntry("text", "VARCHAR")
          .containsEntry(
              "temporal",
              "STRUCT(\"text\" VARCHAR, \"type\" VARCHAR, \"value\" VARCHAR, \"start\" INTEGER, \"end\" INTEGER)[]");
      assertThat(single(sql, "SELECT count(*) FROM " + articles() + " WHERE lang = 'ar'"))
          .isNotEqualTo("0");
      assertThat(single(sql, "SELECT count(DISTINCT archive_date) FROM " + articles()))
          .isNotEqualTo("1");
    }
  }

  @Test
  @Order(3)
  void seedArticleIsArabicWithItsFirstLineAsTitle() throws Exception {
    List<String> seedLines =
        Files.readAllLines(Path.of("sample-input", SEED), StandardCharsets.UTF_8);
    String id = ArticleId.of(new DocumentRef(SEED, 0)).value();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      String where = " FROM " + articles() + " WHERE article_id = '" + id + "'";
      assertThat(single(sql, "SELECT lang" + where)).isEqualTo("ar");
      assertThat(single(sql, "SELECT archive_date" + where)).isEqualTo("2023-07-13");
      assertThat(single(sql, "SELECT title" + where)).isEqualTo(seedLines.get(0).strip());
      assertThat(single(sql, "SELECT text" + where))
          .startsWith(seedLines.get(1).strip().substring(0, 40))
          .contains("Storm-0558")
          .contains("رويترز")
          .doesNotContain("\u0640");
      assertThat(single(sql, "SELECT media_type" + where)).isEqualTo("text/plain");
    }
  }

  @Test
  @Order(4)
  void seedArticleIsEnrichedWithDatesSourcesAndQuotes() throws Exception {
    String id = ArticleId.of(new DocumentRef(SEED, 0)).value();
    String seed = "(SELECT * FROM " + articles() + " WHERE article_id = '" + id + "')";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      assertThat(
              rows(
                  sql,
                  "SELECT DISTINCT t.value FROM (SELECT unnest(temporal) t FROM "
                      + seed
                      + ") ORDER BY 1"))
          .contains("2023", "2023-05", "2023-06", "2023-07-12", "2023-W27");
      assertThat(
              rows(
                  sql,
                  "SELECT s.name || '/' || s.role || '/' || s.text FROM (SELECT unnest(sources) s FROM "
                      + seed
                      + ")"))
          .containsExactly("Reuters/cited/رويترز", "Reuters/cited/رويترز");
      assertThat(
              rows(
                  sql,
                  "SELECT q.speaker FROM (SELECT unnest(quotes) q FROM "
                      + seed
                      + ") WHERE q.text LIKE 'لقد حان الوقت%'"))
          .containsExactly("وانغ وين بين");
      assertThat(
              rows(
                  sql,
                  "SELECT t.text FROM (SELECT text, unnest(temporal) t FROM "
                      + seed
                      + ") WHERE substr(text, t.start + 1, t.\"end\" - t.start) <> t.text"))
          .as("offsets point into text")
          .isEmpty();
    }
  }

  @Test
  @Order(4)
  void entitiesAreLinkedToOneIdentityAcrossLanguages() throws Exception {
    String id = ArticleId.of(new DocumentRef(SEED, 0)).value();
    String seed = "(SELECT * FROM " + articles() + " WHERE article_id = '" + id + "')";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      assertThat(
              single(
                  sql,
                  "SELECT column_type FROM (DESCRIBE SELECT * FROM "
                      + articles()
                      + ") WHERE column_name = 'entities'"))
          .isEqualTo(
              "STRUCT(\"text\" VARCHAR, \"type\" VARCHAR, fine_type VARCHAR, \"start\" INTEGER, "
                  + "\"end\" INTEGER, canonical VARCHAR, id VARCHAR, confidence DOUBLE)[]");
      assertThat(
              rows(
                  sql,
                  "SELECT e.canonical || '/' || e.type || '/' || e.id || '/' || string_agg(DISTINCT e.text, '|' ORDER BY e.text) "
                      + "FROM (SELECT unnest(entities) e FROM "
                      + seed
                      + ") WHERE e.canonical IN ('China', 'Microsoft', 'Reuters') "
                      + "GROUP BY e.canonical, e.type, e.id ORDER BY 1"))
          .containsExactly(
              "China/LOCATION/Q148/الصين|للصين",
              "China/MISC/Q148/الصينية|الصينيين",
              "Microsoft/ORGANIZATION/Q2283/Microsoft|مايكروسوفت",
              "Reuters/ORGANIZATION/Q130879/رويترز");
      assertThat(
              rows(
                  sql,
                  "SELECT e.text FROM (SELECT text, unnest(entities) e FROM "
                      + articles()
                      + ") WHERE substr(text, e.start + 1, e.\"end\" - e.start) <> e.text"))
          .as("offsets point into text")
          .isEmpty();
      assertThat(
              rows(
                  sql,
                  "SELECT e.canonical || '/' || e.id || '/' || e.text FROM (SELECT unnest(title_entities) e FROM "
                      + seed
                      + ") ORDER BY e.start"))
          .as("the seed's title names China and the United States")
          .containsExactly("China/Q148/الصين", "United States/Q30/الولايات المتحدة");
      assertThat(
              rows(
                  sql,
                  "SELECT e.text FROM (SELECT title, unnest(title_entities) e FROM "
                      + articles()
                      + ") WHERE substr(title, e.start + 1, e.\"end\" - e.start) <> e.text"))
          .as("offsets point into title")
          .isEmpty();
      Map<String, String> expected = new TreeMap<>();
      try (var lines =
          Files.lines(Path.of("src/test/resources/io/newsetl/cli/sample-input_entity-ids.tsv"))) {
        lines
            .filter(l -> !l.startsWith("#"))
            .map(l -> l.split("\t"))
            .forEach(c -> expected.put(c[0], c[1]));
      }
      Map<String, String> linked = new TreeMap<>();
      for (String row :
          rows(
              sql,
              "SELECT source_path || '\t' || string_agg(DISTINCT e.id, ' ' ORDER BY e.id) FROM "
                  + "(SELECT source_path, unnest(entities) e FROM "
                  + articles()
                  + ") WHERE e.id IS NOT NULL GROUP BY source_path")) {
        linked.put(row.split("\t")[0], row.split("\t")[1]);
      }
      assertThat(linked).isEqualTo(expected);
    }
  }

  @Test
  @Order(5)
  void rerunLeavesTheSameRowsWithoutDuplicates() throws Exception {
    List<String> before = ids();

    Result second = ingest();

    assertThat(second.status).isZero();
    assertThat(ids()).isEqualTo(before).doesNotHaveDuplicates();
    try (Stream<Path> files = Files.walk(output)) {
      assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith(".crc"));
    }
  }

  @Test
  @Order(6)
  void wrongArgumentsExitWithUsageStatus() {
    assertThat(NewsEtl.execute("ingest", "--input", "sample-input")).isEqualTo(ExitCodes.USAGE);
    assertThat(NewsEtl.execute("ingest", "--input", "x", "--output", "y", "--date", "13/07/2023"))
        .isEqualTo(ExitCodes.USAGE);
  }

  private List<String> ids() throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement();
        ResultSet rs = sql.executeQuery("SELECT article_id FROM " + articles() + " ORDER BY 1")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static Result ingest() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int status =
          NewsEtl.execute(
              "ingest",
              "--input",
              "sample-input",
              "--output",
              output.toString(),
              "--news-etl.home=" + work.resolve("home"));
      return new Result(status, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  private String articles() {
    return "read_parquet('" + output + "/articles/**/*.parquet', hive_partitioning=true)";
  }

  private static List<String> rows(Statement sql, String query) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = sql.executeQuery(query)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  private static String single(Statement sql, String query) throws Exception {
    try (ResultSet rs = sql.executeQuery(query)) {
      assertThat(rs.next()).as("a row for %s", query).isTrue();
      return rs.getString(1);
    }
  }

  private record Result(int status, String out) {}
}
