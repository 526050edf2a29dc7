package io.newsetl.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsetl.NewsEtlApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
    classes = NewsEtlApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ingest-launcher;DB_CLOSE_DELAY=-1",
      "news-etl.threads=1",
      "news-etl.chunk-size=2"
    })
class IngestLauncherIntegrationTests {

  private static final LocalDate DAY = LocalDate.parse("2023-07-13");

  @Autowired IngestLauncher launcher;
  @Autowired JobRepository repository;
  @Autowired RunLock locks;
  @Autowired RunHistory history;

  @TempDir Path input;
  @TempDir Path output;

  @Test
  void aRunLeftStartedByADeadProcessIsRecoveredAndResumedUnderItsOwnRunId() throws Exception {
    write("2023/07/13/a.txt", "First title\n\nFirst body text of the day.\n");
    IngestRequest request =
        new IngestRequest(input.toString(), output.toString(), Optional.of(DAY), -1);
    JobExecution stuck = leftStarted(request, "run-of-a-dead-process");
    assertThat(phaseOf("run-of-a-dead-process")).isEqualTo(RunState.Phase.LEFT_RUNNING);
    assertThat(history.latestResumable()).contains(stuck.getId());

    RunSummary summary = launcher.run(request);

    assertThat(summary.status()).isEqualTo("COMPLETED");
    assertThat(summary.run()).isEqualTo("run-of-a-dead-process");
    assertThat(summary.articles()).isEqualTo(1);
    assertThat(repository.getJobExecution(stuck.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(phaseOf("run-of-a-dead-process")).isEqualTo(RunState.Phase.COMPLETED);
    assertThat(locks.all()).isEmpty();
  }

  @Test
  void aDateHeldByALiveProcessIsRefusedAndItsRunIsShownRunning() throws Exception {
    IngestRequest request =
        new IngestRequest(input.toString(), output.toString(), Optional.of(DAY.plusDays(1)), -1);
    JobExecution running = leftStarted(request, "run-in-progress");

    try (RunLock.Held held = locks.acquire(request.output(), request.dateParameter())) {
      assertThatThrownBy(() -> launcher.run(request))
          .isInstanceOf(IngestRefusedException.class)
          .hasMessageContaining("pid " + held.owner().pid());
      assertThat(phaseOf("run-in-progress")).isEqualTo(RunState.Phase.RUNNING);
    } finally {
      running.setStatus(BatchStatus.ABANDONED);
      repository.update(running);
    }
  }

  private RunState.Phase phaseOf(String run) {
    return history.recent(10).stream()
        .filter(state -> state.summary().run().equals(run))
        .map(RunState::phase)
        .findFirst()
        .orElseThrow();
  }

  /** A run as a killed process leaves it in the repository: started, never ended. */
  private JobExecution leftStarted(IngestRequest request, String run) {
    JobParameters parameters =
        new JobParametersBuilder()
            .addString(IngestJob.INPUT, request.input())
            .addString(IngestJob.OUTPUT, request.output())
            .addString(IngestJob.DATE, request.dateParameter())
            .addString(IngestJob.RUN, run)
            .toJobParameters();
    JobInstance instance = repository.createJobInstance(IngestJob.NAME, parameters);
    JobExecution execution =
        repository.createJobExecution(instance, parameters, new ExecutionContext());
    execution.setStatus(BatchStatus.STARTED);
    execution.setStartTime(LocalDateTime.now());
    repository.update(execution);
    return execution;
  }

  private void write(String path, String content) throws Exception {
    Path file = input.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
