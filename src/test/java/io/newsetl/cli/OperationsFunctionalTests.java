package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly reruns, backfills and job definitions on a small archive of three dates, in order on one
 * dataset, checked against a single fresh run with DuckDB.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsFunctionalTests {

  @TempDir static Path work;
  private static Path input;
  private static Path output;
  private static String home;
  private static Map<String, Integer> freshRun;

  @BeforeAll
  static void freshSingleRun() throws Exception {
    input = ArchiveFixture.write(work.resolve("input"));
    output = work.resolve("dataset");
    home = "--news-etl.home=" + work.resolve("home");
    Path single = work.resolve("single");
    ArchiveFixture.Result run =
        ArchiveFixture.execute(
            "ingest",
            "--input",
            input.toString(),
            "--output",
            single.toString(),
            home,
            "--news-etl.threads=1");
    assertThat(run.status()).as(run.out()).isZero();
    freshRun = ArchiveFixture.articles(single);
  }

  @Test
  @Order(1)
  void aBackfillGivesTheDatasetOfASingleFreshRun() throws Exception {
    ArchiveFixture.Result backfill = backfill("--parallel", "2");

    assertThat(backfill.status()).as(backfill.out()).isZero();
    assertThat(backfill.out())
        .contains(
            "2023-07-12  completed",
            "2023-07-13  completed",
            "2023-07-14  completed",
            "backfill: 3 dates, 3 completed");
    assertThat(ArchiveFixture.articles(output)).isEqualTo(freshRun);
    assertThat(ArchiveFixture.files(output)).noneMatch(file -> file.startsWith("_staging"));
  }

  @Test
  @Order(2)
  void aSecondBackfillSkipsTheCompletedDatesAndChangesNothing() throws Exception {
    List<String> runsBefore = ArchiveFixture.runsPerDate(output);

    ArchiveFixture.Result again = backfill();

    assertThat(again.status()).as(again.out()).isZero();
    assertThat(again.out()).contains("2023-07-12  skipped", "backfill: 3 dates, 3 skipped");
    assertThat(ArchiveFixture.runsPerDate(output)).isEqualTo(runsBefore);
  }

  @Test
  @Order(3)
  void aForcedBackfillReplacesEveryDateWithTheSameRows() throws Exception {
    List<String> runsBefore = ArchiveFixture.runsPerDate(output);

    ArchiveFixture.Result forced = backfill("--force");

    assertThat(forced.status()).as(forced.out()).isZero();
    assertThat(ArchiveFixture.articles(output)).isEqualTo(freshRun);
    assertThat(ArchiveFixture.runsPerDate(output))
        .hasSize(3)
        .doesNotContainAnyElementsOf(runsBefore);
  }

  @Test
  @Order(4)
  void aNightlyRerunReplacesItsDateAndAReaderNeverSeesAMix() throws Exception {
    List<String> runsBefore = ArchiveFixture.runsPerDate(output);
    PartitionPoller poller =
        new PartitionPoller(output.resolve("articles/archive_date=2023-07-13"));
    Thread reader = new Thread(poller, "reader");
    reader.start();

    ArchiveFixture.Result rerun = ingest("--date", "2023-07-13");

    poller.stop();
    reader.join();
    assertThat(rerun.status()).as(rerun.out()).isZero();
    assertThat(ArchiveFixture.articles(output)).isEqualTo(freshRun);
    List<String> runsAfter = ArchiveFixture.runsPerDate(output);
    assertThat(runsAfter)
        .filteredOn(line -> !line.startsWith("2023-07-13"))
        .isEqualTo(runsBefore.stream().filter(line -> !line.startsWith("2023-07-13")).toList());
    assertThat(runsAfter)
        .filteredOn(line -> line.startsWith("2023-07-13"))
        .hasSize(1)
        .doesNotContainAnyElementsOf(runsBefore);
    long rowsOfTheDate = freshRun.size() - rowsOfOtherDates();
    assertThat(poller.observations())
        .as("polls")
        .hasSizeGreaterThan(3)
        .allSatisfy(
            seen -> assertThat(seen.runs()).as("runs seen at once").hasSizeLessThanOrEqualTo(1))
        .allSatisfy(seen -> assertThat(seen.rows()).isIn(0L, rowsOfTheDate));
    assertThat(poller.observations().get(poller.observations().size() - 1).runs())
        .as("states seen: %s", new java.util.LinkedHashSet<>(poller.observations()))
        .containsExactly(
            runsAfter.stream()
                .filter(l -> l.startsWith("2023-07-13"))
                .findFirst()
                .orElseThrow()
                .substring("2023-07-13 ".length()));
  }

  @Test
  @Order(5)
  void aRerunOfADateWhoseFilesAreGoneEmptiesThatDateOnly() throws Exception {
    Path shrunk = work.resolve("input-without-the-14th");
    copy(input, shrunk);
    deleteTree(shrunk.resolve("2023/07/14"));

    ArchiveFixture.Result rerun =
        ArchiveFixture.execute(
            "ingest",
            "--input",
            shrunk.toString(),
            "--output",
            output.toString(),
            "--date",
            "2023-07-14",
            home,
            "--news-etl.threads=1");

    assertThat(rerun.status()).as(rerun.out()).isZero();
    assertThat(ArchiveFixture.runsPerDate(output))
        .extracting(line -> line.substring(0, 10))
        .containsExactly("2023-07-12", "2023-07-13");
    assertThat(ArchiveFixture.files(output))
        .contains(
            "articles/archive_date=2023-07-14/_SUCCESS",
            "rejects/archive_date=2023-07-14/_SUCCESS");
  }

  @Test
  @Order(6)
  void aJobDefinitionRunsWithItsDateOrTheOneGiven() throws Exception {
    Path definition = work.resolve("nightly.yml");
    Files.writeString(
        definition,
        "job: ingest\ninput: "
            + input
            + "\noutput: "
            + output
            + "\ndate: yesterday\n"
            + "zone: Europe/Berlin\nthreads: 1\nmax-rejects: 5\nenrichers: {quotes: false}\n",
        StandardCharsets.UTF_8);

    ArchiveFixture.Result run =
        ArchiveFixture.execute("run", definition.toString(), "--date", "2023-07-14", home);

    assertThat(run.status()).as(run.out()).isZero();
    assertThat(run.out())
        .contains(
            "news-etl ingest --input " + input,
            "--date 2023-07-14 --threads 1 --max-rejects 5",
            "--news-etl.enrich.quotes=false",
            "COMPLETED");
    assertThat(ArchiveFixture.articles(output)).isEqualTo(freshRun);
    assertThat(
            ArchiveFixture.query(
                output,
                "SELECT count(*) FROM "
                    + ArchiveFixture.articleTable(output)
                    + " WHERE archive_date = DATE '2023-07-14' AND len(quotes) > 0"))
        .containsExactly("0");
  }

  @Nested
  @Order(7)
  class ExitStatuses {

    @Test
    void restartWithNothingToResumeIsNothingToDo() {
      assertThat(ArchiveFixture.execute("restart", home).status())
          .isEqualTo(ExitCodes.NOTHING_TO_DO);
    }

    @Test
    void restartOfACompletedExecutionIsNothingToDo() {
      ArchiveFixture.Result restart = ArchiveFixture.execute("restart", "--execution", "1", home);

      assertThat(restart.status()).as(restart.out()).isEqualTo(ExitCodes.NOTHING_TO_DO);
      assertThat(restart.out()).contains("completed: nothing to restart");
    }

    @Test
    void aBackfillThatEndsBeforeItStartsIsAUsageError() {
      ArchiveFixture.Result backfill =
          ArchiveFixture.execute(
              "backfill",
              "--input",
              input.toString(),
              "--output",
              output.toString(),
              "--from",
              "2023-07-14",
              "--to",
              "2023-07-12",
              home);

      assertThat(backfill.status()).isEqualTo(ExitCodes.USAGE);
      assertThat(backfill.out()).contains("ends (2023-07-12) before it starts (2023-07-14)");
    }

    @Test
    void aJobDefinitionWithAMistakeIsAUsageError() throws Exception {
      Path definition = work.resolve("typo.yml");
      Files.writeString(definition, "input: in\noutput: out\ntreads: 2\n", StandardCharsets.UTF_8);

      assertThat(ArchiveFixture.execute("run", definition.toString(), home).status())
          .isEqualTo(ExitCodes.USAGE);
    }
  }

  private static ArchiveFixture.Result backfill(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backfill",
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--from",
                "2023-07-12",
                "--to",
                "2023-07-14",
                home,
                "--news-etl.threads=1"));
    args.addAll(List.of(options));
    return ArchiveFixture.execute(args.toArray(String[]::new));
  }

  private static ArchiveFixture.Result ingest(String... options) {
    return ArchiveFixture.execute(ArchiveFixture.ingestArgs(input, output, home, options));
  }

  private static long rowsOfOtherDates() throws SQLException {
    return Long.parseLong(
        ArchiveFixture.query(
                output,
                "SELECT count(*) FROM "
                    + ArchiveFixture.articleTable(output)
                    + " WHERE archive_date <> DATE '2023-07-13'")
            .get(0));
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static void deleteTree(Path folder) throws Exception {
    try (var walk = Files.walk(folder)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** What one poll of a date's partition saw. */
  record Observation(List<String> runs, long rows, String error) {}

  /** Reads a date's partition with DuckDB, as fast as it can, until stopped, then once more. */
  static final class PartitionPoller implements Runnable {

    private final Path partition;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Observation> observations = new ArrayList<>();

    PartitionPoller(Path partition) {
      this.partition = partition;
    }

    @Override
    public void run() {
      try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
        while (running.get()) {
          poll(duck);
        }
        poll(duck);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    void stop() {
      running.set(false);
    }

    synchronized List<Observation> observations() {
      return List.copyOf(observations);
    }

    private void poll(Connection duck) {
      Map<String, Long> rowsPerRun = new HashMap<>();
      String error = "";
      // a statement whose query failed is closed by the driver: one statement a poll
      try (Statement sql = duck.createStatement();
          ResultSet rs =
              sql.executeQuery(
                  "SELECT run_id, count(*) FROM read_parquet('"
                      + partition
                      + "/*/*.parquet') GROUP BY run_id")) {
        while (rs.next()) {
          rowsPerRun.put(rs.getString(1), rs.getLong(2));
        }
      } catch (SQLException nothingThere) {
        // between the old folder moving aside and the new one moving in there is no file to read
        error = nothingThere.getMessage();
      }
      synchronized (this) {
        observations.add(
            new Observation(
                List.copyOf(rowsPerRun.keySet()),
                rowsPerRun.values().stream().mapToLong(Long::longValue).sum(),
                error));
      }
    }
  }
}
