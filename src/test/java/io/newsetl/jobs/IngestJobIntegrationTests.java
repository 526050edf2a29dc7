package io.newsetl.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.NewsEtlApplication;
import io.newsetl.article.ArticleId;
import io.newsetl.article.DocumentRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBatchTest
@SpringBootTest(
    classes = NewsEtlApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ingest-job;DB_CLOSE_DELAY=-1",
      "news-etl.threads=2",
      "news-etl.chunk-size=2"
    })
class IngestJobIntegrationTests {

  @Autowired JobOperatorTestUtils jobs;
  @Autowired Job ingestJob;

  @TempDir Path input;
  @TempDir Path output;

  @Test
  void writesArticlesAndRejectsWithCountsAndContent() throws Exception {
    write(
        "2023/07/13/story-en.txt",
        "Markets rise in Tokyo\n\nShares rose on Wednesday in Tokyo, traders said.\n");
    write(
        "2023/07/13/story-copy.txt",
        "Markets rise in Tokyo\n\nShares rose on Wednesday in Tokyo, traders said.\n");
    write(
        "2023/07/14/story-ar.txt",
        "الصين ترفض المزاعم\n\nقالت وزارة الخارجية الصينية يوم الأربعاء إن الاتهامات لا أساس لها.\n");
    write("2023/07/14/empty.txt", "");
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    Files.write(input.resolve("2023/07/14/junk.html"), junk);
    write("2023/07/14/.hidden.txt", "never read");

    jobs.setJob(ingestJob);
    JobExecution execution = jobs.startJob(parameters("run-a"));

    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    StepExecution process = step(execution, IngestJob.PROCESS_STEP).orElseThrow();
    assertThat(process.getReadCount()).isEqualTo(5);
    assertThat(process.getWriteCount()).isEqualTo(5);
    assertThat(process.getFilterCount()).isZero();
    assertThat(process.getCommitCount()).isEqualTo(3);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      assertThat(
              rows(
                  sql,
                  "SELECT archive_date || '/' || lang || '/' || source_path || '/' || coalesce(duplicate_of, '-') FROM "
                      + articles()
                      + " ORDER BY source_path"))
          .containsExactly(
              "2023-07-13/en/2023/07/13/story-copy.txt/-",
              "2023-07-13/en/2023/07/13/story-en.txt/" + articleId("2023/07/13/story-copy.txt"),
              "2023-07-14/ar/2023/07/14/story-ar.txt/-");
      assertThat(rows(sql, "SELECT title || '|' || text FROM " + articles() + " WHERE lang = 'ar'"))
          .containsExactly(
              "الصين ترفض المزاعم|قالت وزارة الخارجية الصينية يوم الأربعاء إن الاتهامات لا أساس لها.");
      assertThat(
              rows(
                  sql,
                  "SELECT lang || ':' || e.text || ':' || e.type || ':' || e.canonical || ':' || e.id FROM "
                      + "(SELECT lang, source_path, unnest(entities) e FROM "
                      + articles()
                      + ") ORDER BY source_path, e.start"))
          .containsExactly(
              "en:Tokyo:LOCATION:Tokyo:Q1490",
              "en:Tokyo:LOCATION:Tokyo:Q1490",
              "ar:وزارة الخارجية الصينية:ORGANIZATION:Ministry of Foreign Affairs of China:ne:government/cn-mfa");
      assertThat(
              rows(
                  sql,
                  "SELECT lang || ':' || e.text || ':' || e.canonical || ':' || e.id || ':' || e.start FROM "
                      + "(SELECT lang, source_path, unnest(title_entities) e FROM "
                      + articles()
                      + ") ORDER BY source_path, e.start"))
          .as("the entities of the titles, with offsets into the title")
          .containsExactly(
              "en:Tokyo:Tokyo:Q1490:16", "en:Tokyo:Tokyo:Q1490:16", "ar:الصين:China:Q148:0");
      assertThat(
              rows(
                  sql,
                  "SELECT source_path || ':' || reason FROM read_parquet('"
                      + output
                      + "/rejects/**/*.parquet', hive_partitioning=true) ORDER BY source_path"))
          .containsExactly("2023/07/14/empty.txt:empty", "2023/07/14/junk.html:malformed");
    }
  }

  @Test
  void rerunOfADateReplacesItAndLeavesOtherDates() throws Exception {
    write("2023/07/13/a.txt", "First title\n\nFirst body text of the day.\n");
    write("2023/07/14/b.txt", "Second title\n\nSecond body text of the next day.\n");
    jobs.setJob(ingestJob);
    assertThat(jobs.startJob(parameters("run-1")).getStatus()).isEqualTo(BatchStatus.COMPLETED);

    write("2023/07/13/c.txt", "Third title\n\nA late story filed for the first day.\n");
    JobExecution rerun =
        jobs.startJob(
            new JobParametersBuilder(parameters("run-2"))
                .addString(IngestJob.DATE, "2023-07-13")
                .toJobParameters());

    assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      assertThat(
              rows(
                  sql,
                  "SELECT archive_date || ' ' || source_path || ' ' || run_id FROM "
                      + articles()
                      + " ORDER BY source_path"))
          .containsExactly(
              "2023-07-13 2023/07/13/a.txt run-2",
              "2023-07-13 2023/07/13/c.txt run-2",
              "2023-07-14 2023/07/14/b.txt run-1");
    }
  }

  private JobParameters parameters(String run) {
    return new JobParametersBuilder()
        .addString(IngestJob.INPUT, input.toUri().toString())
        .addString(IngestJob.OUTPUT, output.toString())
        .addString(IngestJob.DATE, IngestJob.ALL_DATES)
        .addString(IngestJob.RUN, run)
        .toJobParameters();
  }

  private String articles() {
    return "read_parquet('" + output + "/articles/**/*.parquet', hive_partitioning=true)";
  }

  private static String articleId(String path) {
    return ArticleId.of(new DocumentRef(path, 0)).value();
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

  // Optional, because spring-batch-test treats a test method returning StepExecution as a factory.
  private static Optional<StepExecution> step(JobExecution execution, String name) {
    return execution.getStepExecutions().stream()
        .filter(s -> s.getStepName().equals(name))
        .findFirst();
  }

  private void write(String path, String content) throws Exception {
    Path file = input.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
