package io.newsetl.jobs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts or resumes ingest runs. A request for the same input, output and date as an earlier run
 * that failed or was stopped resumes that run from its last committed chunk; otherwise a fresh
 * run starts (and, at commit, replaces the dates it covers).
 */
@Component
public class IngestLauncher {

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int INSTANCES_SCANNED = 200;

  private final JobOperator operator;
  private final JobRepository repository;
  private final Job ingestJob;
  private final String version;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  IngestLauncher(JobOperator operator, JobRepository repository, Job ingestJob,
      @Value("${news-etl.version:dev}") String version) {
    this.operator = operator;
    this.repository = repository;
    this.ingestJob = ingestJob;
    this.version = version;
  }

  /**
   * Runs the request to its end and returns the summary.
   *
   * @throws IngestRefusedException when a run of the same input, output and date is in progress
   */
  public RunSummary run(IngestRequest request) throws Exception {
    Optional<JobExecution> previous = lastExecutionOf(request);
    JobExecution execution;
    if (previous.isPresent() && previous.get().isRunning()) {
      throw new IngestRefusedException("a run of " + request.dateParameter() + " for this output is "
          + "already in progress (execution " + previous.get().getId() + ")");
    }
    if (previous.isPresent() && isRestartable(previous.get().getStatus())) {
      execution = operator.restart(previous.get());
    } else {
      execution = operator.start(ingestJob, freshParameters(request));
    }
    return RunSummaries.of(repository.getJobExecution(execution.getId()), repository, version);
  }

  private JobParameters freshParameters(IngestRequest request) {
    byte[] suffix = new byte[4];
    random.nextBytes(suffix);
    String run = RUN_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
    return new JobParametersBuilder()
        .addString(IngestJob.INPUT, request.input())
        .addString(IngestJob.OUTPUT, request.output())
        .addString(IngestJob.DATE, request.dateParameter())
        .addString(IngestJob.RUN, run)
        .addLong(IngestJob.MAX_REJECTS, request.maxRejects(), false)
        .toJobParameters();
  }

  private Optional<JobExecution> lastExecutionOf(IngestRequest request) {
    List<JobInstance> instances = repository.getJobInstances(IngestJob.NAME, 0, INSTANCES_SCANNED);
    for (JobInstance instance : instances) {
      JobExecution last = repository.getLastJobExecution(instance);
      if (last != null && sameWork(last.getJobParameters(), request)) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  private static boolean sameWork(JobParameters params, IngestRequest request) {
    return Objects.equals(params.getString(IngestJob.INPUT), request.input())
        && Objects.equals(params.getString(IngestJob.OUTPUT), request.output())
        && Objects.equals(params.getString(IngestJob.DATE), request.dateParameter());
  }

  private static boolean isRestartable(BatchStatus status) {
    return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.UNKNOWN;
  }
}
