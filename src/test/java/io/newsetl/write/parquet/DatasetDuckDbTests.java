package io.newsetl.write.parquet;

import static io.newsetl.write.parquet.ArticleFixtures.DAY;
import static io.newsetl.write.parquet.ArticleFixtures.NEXT_DAY;
import static io.newsetl.write.parquet.ArticleFixtures.article;
import static io.newsetl.write.parquet.ArticleFixtures.reject;
import static io.newsetl.write.parquet.ArticleFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published dataset as DuckDB, a reader the pipeline does not control, sees it. */
class DatasetDuckDbTests {

  @TempDir Path output;

  @BeforeEach
  void publish() throws IOException {
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));
    writer.writeChunk(
        1,
        List.of(
            article("en/a.html")
                .everything()
                .title("Talks resume")
                .authors("Jane Doe", "John Roe")
                .published("2024-01-31T08:00:00.123456Z")
                .build(),
            article("ar/b.html")
                .language("ar")
                .title("الصين تعلن استئناف المحادثات")
                .text("قال متحدث باسم وزارة الخارجية إن المحادثات ستستأنف.")
                .build(),
            article("zh/c.html").language("zh").date(NEXT_DAY).title("中国宣布恢复谈判").build()),
        List.of(reject("broken.pdf", DAY)));
    new DatasetCommitter(output.toString(), "run-a", settings("r1")).commit();
  }

  @Test
  void seesThePartitionColumnsAndTheContractTypes() throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    query(
        "DESCRIBE SELECT * FROM " + articles(),
        row -> columns.put(row.getString("column_name"), row.getString("column_type")));

    assertThat(columns)
        .containsEntry("article_id", "VARCHAR")
        .containsEntry("container_member", "INTEGER")
        .containsEntry("authors", "VARCHAR[]")
        .containsEntry("published_at", "TIMESTAMP WITH TIME ZONE")
        .containsEntry("ingested_at", "TIMESTAMP WITH TIME ZONE")
        .containsEntry("language_confidence", "DOUBLE")
        .containsEntry("word_count", "INTEGER")
        .containsEntry("duplicate_of", "VARCHAR")
        .containsEntry("archive_date", "DATE")
        .containsEntry("lang", "VARCHAR");
    assertThat(columns).hasSize(ArticleSchema.MESSAGE_TYPE.getFieldCount() + 2);
  }

  @Test
  void readsTheValuesBack() throws SQLException {
    List<String> rows = new ArrayList<>();
    query(
        "SELECT CAST(archive_date AS VARCHAR) AS d, lang, title, len(authors) AS n,"
            + " epoch_us(published_at) AS us FROM "
            + articles()
            + " ORDER BY archive_date, lang",
        row ->
            rows.add(
                String.join(
                    " | ",
                    row.getString("d"),
                    row.getString("lang"),
                    row.getString("title"),
                    row.getString("n"),
                    String.valueOf(row.getObject("us")))));

    assertThat(rows)
        .containsExactly(
            "2024-01-31 | ar | الصين تعلن استئناف المحادثات | 0 | null",
            "2024-01-31 | en | Talks resume | 2 | 1706688000123456",
            "2024-02-01 | zh | 中国宣布恢复谈判 | 0 | null");
  }

  @Test
  void readsTheRejectsWithTheirDatePartition() throws SQLException {
    List<String> rows = new ArrayList<>();
    query(
        "SELECT CAST(archive_date AS VARCHAR) AS d, reason, file_size FROM read_parquet('"
            + output
            + "/rejects/**/*.parquet', hive_partitioning=true)",
        row -> rows.add(row.getString("d") + " " + row.getString("reason") + " " + row.getLong(3)));

    assertThat(rows).containsExactly("2024-01-31 encrypted 42");
  }

  private String articles() {
    return "read_parquet('" + output + "/articles/**/*.parquet', hive_partitioning=true)";
  }

  private interface RowConsumer {
    void accept(ResultSet row) throws SQLException;
  }

  private static void query(String sql, RowConsumer consumer) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        consumer.accept(rows);
      }
    }
  }
}
