package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ingest command in a separate JVM, killed with SIGKILL while parsing, while staging a chunk
 * and in the middle of the commit, then resumed: the dataset must equal an uninterrupted run's.
 */
class CrashRestartFunctionalTests {

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir static Path work;
  private static Path input;
  private static Map<String, Integer> uninterrupted;
  private static List<String> uninterruptedRejects;

  @BeforeAll
  static void uninterruptedRun() throws Exception {
    input = ArchiveFixture.write(work.resolve("input"));
    Path output = work.resolve("uninterrupted");
    ArchiveFixture.Result run =
        ArchiveFixture.execute(ingest(output, work.resolve("home-uninterrupted"), ""));
    assertThat(run.status()).as(run.out()).isZero();
    uninterrupted = ArchiveFixture.articles(output);
    uninterruptedRejects = ArchiveFixture.rejects(output);
    assertThat(uninterrupted.values())
        .as("eleven stories, one of them filed twice")
        .hasSize(11)
        .containsOnly(1);
  }

  static Stream<Arguments> crashes() {
    return Stream.of(
        Arguments.of("parse:4", "restart"),
        Arguments.of("stage:6", "ingest"),
        Arguments.of("commit:done-2023-07-13-articles-move_in", "restart"));
  }

  @ParameterizedTest(name = "killed at {0}, resumed by {1}")
  @MethodSource("crashes")
  void aKilledRunResumesToTheSameDataset(String point, String resumeWith) throws Exception {
    Path output = work.resolve("killed-" + point.replaceAll("[^a-z0-9]", "-"));
    Path home = work.resolve("home-" + point.replaceAll("[^a-z0-9]", "-"));
    try (ChildProcess child = ChildProcess.start(List.of(ingest(output, home, point)))) {
      assertThat(child.awaitLine("paused at " + point, PATIENCE)).as(child.output()).isTrue();
      assertThat(ArchiveFixture.execute(ingest(output, home, "")).status())
          .as("a second run of the same work while the first is alive")
          .isEqualTo(ExitCodes.REFUSED);
      child.kill();
    }
    assertThat(ArchiveFixture.execute("status", "--news-etl.home=" + home).out())
        .contains("left running");

    ArchiveFixture.Result resumed =
        resumeWith.equals("restart")
            ? ArchiveFixture.execute("restart", "--news-etl.home=" + home)
            : ArchiveFixture.execute(ingest(output, home, ""));

    assertThat(resumed.status()).as(resumed.out()).isZero();
    assertThat(ArchiveFixture.articles(output)).isEqualTo(uninterrupted);
    assertThat(ArchiveFixture.rejects(output)).isEqualTo(uninterruptedRejects);
    assertThat(ArchiveFixture.files(output))
        .noneMatch(file -> file.startsWith("_staging"))
        .contains(
            "articles/archive_date=2023-07-12/_SUCCESS",
            "articles/archive_date=2023-07-13/_SUCCESS",
            "articles/archive_date=2023-07-14/_SUCCESS");
    assertThat(ArchiveFixture.execute("status", "--news-etl.home=" + home).out())
        .contains("completed")
        .doesNotContain("left running");
  }

  @Test
  void ofTwoProcessesLaunchingOneDateAtOnceExactlyOneRuns() throws Exception {
    Path output = work.resolve("race");
    Path home = work.resolve("home-race");
    List<String> args = new ArrayList<>(List.of(ingest(output, home, "commit:build")));
    args.addAll(List.of("--date", "2023-07-13"));
    // the job repository exists already, as it does after the first night: the race is for the date
    assertThat(ArchiveFixture.execute("status", "--news-etl.home=" + home).status()).isZero();
    // H2 serves the repository from the first process that opens it, and a transaction another
    // process has open fails when that process ends (README, Job repository); the test holds the
    // repository open so that neither child serves it and the race is only for the date
    try (Connection repository =
            DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("repository") + ";AUTO_SERVER=TRUE", "sa", "");
        ChildProcess first = ChildProcess.start(args);
        ChildProcess second = ChildProcess.start(args)) {
      assertThat(repository.isValid(1)).isTrue();
      boolean firstRuns = first.awaitLine("paused at commit:build", PATIENCE);
      boolean secondRuns =
          second.awaitLine("paused at commit:build", Duration.ofSeconds(firstRuns ? 1 : 180));
      ChildProcess loser = firstRuns ? second : first;
      int loserStatus = loser.waitFor(PATIENCE);

      assertThat(List.of(firstRuns, secondRuns))
          .as("first:%n%s%nsecond:%n%s", first.output(), second.output())
          .containsExactlyInAnyOrder(true, false);
      assertThat(loserStatus).as(loser.output()).isEqualTo(ExitCodes.REFUSED);
      assertThat(loser.output())
          .contains("refused: a run of 2023-07-13 for this output is already in progress");
      assertThat((firstRuns ? first : second).isAlive()).isTrue();
    }
  }

  private static String[] ingest(Path output, Path home, String pauseAt) {
    List<String> args =
        new ArrayList<>(
            List.of(
                ArchiveFixture.ingestArgs(
                    input, output, "--news-etl.home=" + home, "--news-etl.chunk-size=2")));
    if (!pauseAt.isEmpty()) {
      args.add("--news-etl.pause-at=" + pauseAt);
    }
    return args.toArray(String[]::new);
  }
}
