package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.newsetl.jobs.IngestRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job repository on PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres},
 * trust authentication), in a schema of its own that is dropped afterwards. In CI (environment
 * variable {@code CI} set) a missing server fails the test; on a developer machine without one it
 * is skipped with a message.
 */
@Tag("postgresql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresJobRepositoryIntegrationTests {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String SCHEMA =
      "news_etl_it_" + UUID.randomUUID().toString().substring(0, 8);

  @TempDir static Path work;
  private static Path input;
  private static Path output;

  @BeforeAll
  static void schema() throws Exception {
    try (Connection db = DriverManager.getConnection(SERVER, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.execute("CREATE SCHEMA " + SCHEMA);
    } catch (SQLException unreachable) {
      if (System.getenv("CI") != null) {
        fail("PostgreSQL is not answering at " + SERVER + " in CI: " + unreachable.getMessage());
      }
      Assumptions.abort("PostgreSQL is not answering at " + SERVER + "; skipped outside CI");
    }
    input = ArchiveFixture.write(work.resolve("input"));
    output = work.resolve("dataset");
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection db = DriverManager.getConnection(SERVER, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Test
  @Order(1)
  void runsRerunsAndListsTheJobsWithTheRepositoryOnPostgresql() throws Exception {
    ArchiveFixture.Result first = ingest();
    List<String> firstRuns = ArchiveFixture.runsPerDate(output);
    ArchiveFixture.Result second = ingest();
    ArchiveFixture.Result status =
        ArchiveFixture.execute("status", url(), "--spring.datasource.username=postgres");

    assertThat(first.status()).as(first.out()).isZero();
    assertThat(second.status())
        .as("a second start on the existing tables: %s", second.out())
        .isZero();
    assertThat(ArchiveFixture.runsPerDate(output))
        .hasSize(1)
        .doesNotContainAnyElementsOf(firstRuns);
    assertThat(status.out().lines().filter(line -> line.contains("2023-07-13  completed")))
        .hasSize(2);
    try (Connection db =
            DriverManager.getConnection(SERVER + "?currentSchema=" + SCHEMA, "postgres", "");
        Statement sql = db.createStatement();
        var rs =
            sql.executeQuery(
                "SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(2);
    }
  }

  @Test
  @Order(2)
  void aSecondRunOfADateIsRefusedThroughThePostgresqlLockTable() throws Exception {
    try (Connection db =
            DriverManager.getConnection(SERVER + "?currentSchema=" + SCHEMA, "postgres", "");
        Statement sql = db.createStatement()) {
      // a lock of the 14th held by a live process on another host, as that process would write it
      String dataset = new IngestRequest("in", output.toString(), Optional.empty(), -1).output();
      String key =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest((dataset + "\n2023-07-14").getBytes(StandardCharsets.UTF_8)));
      long now = System.currentTimeMillis();
      sql.execute(
          "INSERT INTO news_etl_run_lock VALUES ('"
              + key
              + "', '"
              + dataset
              + "', '2023-07-14', 'live-elsewhere', 'another-host.example', 7, 1, "
              + now
              + ", "
              + now
              + ")");

      ArchiveFixture.Result refused =
          ArchiveFixture.execute(
              "ingest",
              "--input",
              input.toString(),
              "--output",
              output.toString(),
              "--date",
              "2023-07-14",
              url(),
              "--spring.datasource.username=postgres",
              "--news-etl.home=" + work.resolve("home"));

      assertThat(refused.status()).as(refused.out()).isEqualTo(ExitCodes.REFUSED);
      assertThat(refused.out().toLowerCase(Locale.ROOT)).contains("another-host.example pid 7");
    }
  }

  private static ArchiveFixture.Result ingest() {
    return ArchiveFixture.execute(
        "ingest",
        "--input",
        input.toString(),
        "--output",
        output.toString(),
        "--date",
        "2023-07-13",
        url(),
        "--spring.datasource.username=postgres",
        "--news-etl.threads=1",
        "--news-etl.home=" + work.resolve("home"));
  }

  private static String url() {
    return "--spring.datasource.url=" + SERVER + "?currentSchema=" + SCHEMA;
  }
}
