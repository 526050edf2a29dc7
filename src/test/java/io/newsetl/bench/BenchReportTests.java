package io.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTests {

  private static final long SECOND = 1_000_000_000L;

  private static StageResult stage(Stage stage, long wallSeconds, long cpuSeconds) {
    return new StageResult(
        stage,
        1000,
        990,
        10,
        4_000_000,
        wallSeconds * SECOND,
        cpuSeconds * SECOND,
        300L << 20,
        600L << 20);
  }

  private static BenchRun run(List<StageResult> stages) {
    return new BenchRun(
        Instant.parse("2026-11-28T15:00:00Z"),
        "java -jar target/news-etl.jar bench --corpus c",
        "2 processors",
        2,
        500,
        1000,
        3.2,
        1.5,
        2.5,
        stages);
  }

  @Test
  void derivedFiguresComeFromCountsAndTimes() {
    StageResult s = stage(Stage.PARSE, 2, 4);

    assertThat(s.articlesPerSecond()).isEqualTo(495.0);
    assertThat(s.filesPerSecond()).isEqualTo(500.0);
    assertThat(s.megabytesPerSecond()).isEqualTo(2.0);
    assertThat(s.filesPerCpuSecond()).isEqualTo(250.0);
    assertThat(s.cpuMillisPerFile()).isEqualTo(4.0);
    assertThat(s.coresBusy()).isEqualTo(2.0);
  }

  @Test
  void aStageThatTookNoTimeHasNoRate() {
    StageResult s = new StageResult(Stage.READ, 0, 0, 0, 0, 0, 0, 0, -1);

    assertThat(s.articlesPerSecond()).isZero();
    assertThat(s.filesPerCpuSecond()).isZero();
    assertThat(s.cpuMillisPerFile()).isZero();
  }

  @Test
  void theReportHasARowPerStageWithItsShareOfTheLastStage() {
    String report =
        BenchReport.markdown(run(List.of(stage(Stage.PARSE, 5, 8), stage(Stage.JOB, 10, 20))));

    assertThat(report)
        .contains("`java -jar target/news-etl.jar bench --corpus c`")
        .contains("load average 1.50 before, 2.50 after")
        .contains("first article 3.2 s after JVM start")
        .contains(
            "| b parse (Tika) | 1,000 | 990 | 10 | 4.0 | 5.0 | 198 | 0.80 | 8.0 | 8.00 | 125 | 1.60 | 50% | 300 | 600 |")
        .contains("| e full job (Parquet) | 1,000 | 990 | 10 | 4.0 | 10.0 | 99 |")
        .contains(
            "Full job / parsing alone: 0.50 of the files per second, 0.40 of the files per CPU-second.")
        .doesNotContain("Share of the full job's CPU time per step");
  }

  @Test
  void withEveryStageTheReportGivesTheCostOfEachStep() {
    String report =
        BenchReport.markdown(
            run(
                List.of(
                    stage(Stage.READ, 1, 1),
                    stage(Stage.PARSE, 5, 8),
                    stage(Stage.CLEAN, 6, 9),
                    stage(Stage.ENRICH, 8, 12),
                    stage(Stage.JOB, 10, 20))));

    assertThat(report)
        .contains("CPU time per step")
        .contains("reading 5%, parsing 35%, cleaning 5%, enrichment 15%, writing and commit 40%.");
  }

  @Test
  void anUnknownPeakIsShownAsNotAvailable() {
    StageResult s = new StageResult(Stage.READ, 1, 1, 0, 1, SECOND, SECOND, 1 << 20, -1);

    assertThat(BenchReport.markdown(run(List.of(s)))).contains("| 1 | n/a |");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theValuesHoldTheFactsAndEveryStage() {
    Map<String, Object> values =
        BenchReport.values(run(List.of(stage(Stage.PARSE, 5, 8), stage(Stage.JOB, 10, 20))));

    assertThat(values)
        .containsEntry("threads", 2)
        .containsEntry("inputFiles", 1000)
        .containsEntry("startedAt", "2026-11-28T15:00:00Z");
    List<Map<String, Object>> stages = (List<Map<String, Object>>) values.get("stages");
    assertThat(stages).extracting(s -> s.get("stage")).containsExactly("b", "e");
    assertThat((double) stages.get(1).get("articlesPerSecond")).isCloseTo(99.0, within(1e-9));
  }
}
