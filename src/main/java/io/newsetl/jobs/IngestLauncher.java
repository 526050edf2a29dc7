package io.newsetl.jobs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts or resumes ingest runs, one at a time per (output, date). Every launch first takes the
 * date's {@link RunLock}, so a second launch of a date that is running is refused, whatever process
 * or host it comes from. Holding the lock, a request for the same input, output and date as an
 * earlier run that failed, was stopped, or was left running by a process that died, resumes that
 * run from its last committed chunk (a run left running is first marked failed); otherwise a fresh
 * run starts and, at commit, replaces the dates it covers. Thread-safe.
 */
@Component
public class IngestLauncher {

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final JobOperator operator;
  private final JobRepository repository;
  private final Job ingestJob;
  private final RunLock locks;
  private final RunHistory history;
  private final String version;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  IngestLauncher(
      JobOperator operator,
      JobRepository repository,
      Job ingestJob,
      RunLock locks,
      RunHistory history,
      @Value("${news-etl.version:dev}") String version) {
    this.operator = operator;
    this.repository = repository;
    this.ingestJob = ingestJob;
    this.locks = locks;
    this.history = history;
    this.version = version;
  }

  /**
   * Runs the request to its end and returns the summary.
   *
   * @throws IngestRefusedException when a live process runs the same output and date
   */
  public RunSummary run(IngestRequest request) throws Exception {
    return run(request, Optional.empty());
  }

  /**
   * Runs the request, with {@code plan} (a manifest listing the whole input, written beforehand
   * with {@link io.newsetl.ingest.ManifestStore}) as the listing its plan step filters instead of
   * listing the input again.
   *
   * @throws IngestRefusedException when a live process runs the same output and date
   */
  public RunSummary run(IngestRequest request, Optional<String> plan) throws Exception {
    RunLock.Held lock = locks.acquire(request.output(), request.dateParameter());
    try {
      Optional<JobExecution> previous = history.lastOf(request).map(this::recoverIfLeftRunning);
      JobExecution execution;
      if (previous.isPresent() && isRestartable(previous.get().getStatus())) {
        execution = operator.restart(previous.get());
      } else {
        execution = operator.start(ingestJob, freshParameters(request, plan));
      }
      return summaryOf(execution.getId());
    } finally {
      lock.close();
    }
  }

  /**
   * Resumes the given execution's run (it must be the last execution of its run).
   *
   * @throws IngestRefusedException when its output and date are running in a live process, or the
   *     run has completed
   */
  public RunSummary restart(long executionId) throws Exception {
    JobExecution target = repository.getJobExecution(executionId);
    if (target == null || !IngestJob.NAME.equals(target.getJobInstance().getJobName())) {
      throw new IllegalArgumentException("no ingest execution " + executionId);
    }
    IngestRequest request = RunHistory.requestOf(target.getJobParameters());
    RunLock.Held lock = locks.acquire(request.output(), request.dateParameter());
    try {
      JobExecution last =
          recoverIfLeftRunning(repository.getLastJobExecution(target.getJobInstance()));
      if (last.getId() != executionId) {
        throw new IllegalArgumentException(
            "execution "
                + executionId
                + " is not the last of run "
                + RunHistory.runOf(last)
                + "; restart execution "
                + last.getId());
      }
      if (!isRestartable(last.getStatus())) {
        throw new IngestCompleteException(
            "run "
                + RunHistory.runOf(last)
                + " is "
                + last.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                + ": nothing to restart");
      }
      return summaryOf(operator.restart(last).getId());
    } finally {
      lock.close();
    }
  }

  /** The summary of an execution, from the job repository. */
  public RunSummary summaryOf(long executionId) {
    return RunSummaries.of(repository.getJobExecution(executionId), repository, version);
  }

  /** A run left running by a process that is gone is marked failed, so it can be restarted. */
  private JobExecution recoverIfLeftRunning(JobExecution execution) {
    // the caller holds the date's lock, so no live process is running this execution
    return execution.isRunning() ? operator.recover(execution) : execution;
  }

  private JobParameters freshParameters(IngestRequest request, Optional<String> plan) {
    byte[] suffix = new byte[4];
    random.nextBytes(suffix);
    String run = RUN_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
    JobParametersBuilder parameters =
        new JobParametersBuilder()
            .addString(IngestJob.INPUT, request.input())
            .addString(IngestJob.OUTPUT, request.output())
            .addString(IngestJob.DATE, request.dateParameter())
            .addString(IngestJob.RUN, run)
            .addLong(IngestJob.MAX_REJECTS, request.maxRejects(), false);
    plan.ifPresent(listing -> parameters.addString(IngestJob.LISTING, listing, false));
    return parameters.toJobParameters();
  }

  static boolean isRestartable(BatchStatus status) {
    return status == BatchStatus.FAILED
        || status == BatchStatus.STOPPED
        || status == BatchStatus.UNKNOWN;
  }
}
