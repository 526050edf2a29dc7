package io.newsetl.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recent ingest runs from the job repository, newest first, one entry per run (a run is a job
 * instance; its last execution tells its state). Looks at the {@value #SCANNED} newest runs.
 * Thread-safe.
 */
@Component
public class RunHistory {

  static final int SCANNED = 500;

  private final JobRepository repository;
  private final RunLock locks;
  private final String version;

  RunHistory(
      JobRepository repository, RunLock locks, @Value("${news-etl.version:dev}") String version) {
    this.repository = repository;
    this.locks = locks;
    this.version = version;
  }

  /** The last execution of the newest run of the same input, output and date; empty when none. */
  public Optional<JobExecution> lastOf(IngestRequest request) {
    for (JobInstance instance : repository.getJobInstances(IngestJob.NAME, 0, SCANNED)) {
      JobExecution last = repository.getLastJobExecution(instance);
      if (last != null && sameWork(last.getJobParameters(), request)) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  /** The newest {@code limit} runs with their state. */
  public List<RunState> recent(int limit) {
    List<LockRow> held = locks.all();
    List<RunState> runs = new ArrayList<>();
    for (JobInstance instance : repository.getJobInstances(IngestJob.NAME, 0, limit)) {
      JobExecution last = repository.getLastJobExecution(instance);
      if (last != null) {
        runs.add(new RunState(RunSummaries.of(last, repository, version), phaseOf(last, held)));
      }
    }
    runs.sort(Comparator.comparingLong((RunState run) -> run.summary().executionId()).reversed());
    return runs;
  }

  /**
   * The execution id of the newest run that failed, was stopped, or was left running by a process
   * that is gone; empty when there is none.
   */
  public Optional<Long> latestResumable() {
    List<LockRow> held = locks.all();
    List<JobExecution> lasts = new ArrayList<>();
    for (JobInstance instance : repository.getJobInstances(IngestJob.NAME, 0, SCANNED)) {
      JobExecution last = repository.getLastJobExecution(instance);
      if (last != null) {
        lasts.add(last);
      }
    }
    return lasts.stream()
        .filter(
            last ->
                phaseOf(last, held) == RunState.Phase.FAILED
                    || phaseOf(last, held) == RunState.Phase.LEFT_RUNNING)
        .map(JobExecution::getId)
        .max(Comparator.naturalOrder());
  }

  private RunState.Phase phaseOf(JobExecution execution, List<LockRow> held) {
    if (execution.isRunning()) {
      JobParameters params = execution.getJobParameters();
      boolean live =
          held.stream()
              .anyMatch(
                  row ->
                      row.output().equals(params.getString(IngestJob.OUTPUT))
                          && row.date().equals(params.getString(IngestJob.DATE))
                          && locks.isAlive(row));
      return live ? RunState.Phase.RUNNING : RunState.Phase.LEFT_RUNNING;
    }
    if (IngestLauncher.isRestartable(execution.getStatus())) {
      return RunState.Phase.FAILED;
    }
    return execution.getStatus() == BatchStatus.COMPLETED
        ? RunState.Phase.COMPLETED
        : RunState.Phase.ABANDONED;
  }

  /** The request an execution was started for. */
  static IngestRequest requestOf(JobParameters params) {
    String date = params.getString(IngestJob.DATE);
    Long maxRejects = params.getLong(IngestJob.MAX_REJECTS);
    return new IngestRequest(
        params.getString(IngestJob.INPUT),
        params.getString(IngestJob.OUTPUT),
        date == null || IngestJob.ALL_DATES.equals(date)
            ? Optional.empty()
            : Optional.of(LocalDate.parse(date)),
        maxRejects == null ? -1 : maxRejects);
  }

  static String runOf(JobExecution execution) {
    return execution.getJobParameters().getString(IngestJob.RUN);
  }

  private static boolean sameWork(JobParameters params, IngestRequest request) {
    return Objects.equals(params.getString(IngestJob.INPUT), request.input())
        && Objects.equals(params.getString(IngestJob.OUTPUT), request.output())
        && Objects.equals(params.getString(IngestJob.DATE), request.dateParameter());
  }
}
