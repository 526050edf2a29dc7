package io.newsetl.jobs;

import io.newsetl.write.Redaction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Builds a {@link RunSummary} from a job execution and the job repository. */
final class RunSummaries {

  private RunSummaries() {}

  static RunSummary of(JobExecution job, JobRepository repository, String pipelineVersion) {
    RunTally tally = CommitTasklet.processTally(repository, job);
    JobParameters params = job.getJobParameters();
    ExecutionContext context = job.getExecutionContext();
    return new RunSummary(
        params.getString(IngestJob.RUN),
        job.getId(),
        job.getStatus().name(),
        exitMessage(job),
        Redaction.location(params.getString(IngestJob.INPUT)),
        Redaction.location(params.getString(IngestJob.OUTPUT)),
        params.getString(IngestJob.DATE),
        instant(job.getStartTime()),
        endOf(job),
        context.getLong(IngestJob.FILES_PLANNED, 0L),
        tally.get(RunTally.FILES),
        tally.get(RunTally.BYTES),
        tally.get(RunTally.ARTICLES),
        context.getLong(IngestJob.COMMIT_DUPLICATES, 0L),
        tally.get(RunTally.REJECTS),
        tally.get(RunTally.OTHER_DATE),
        tally.group(RunTally.REASON),
        tally.group(RunTally.FORMAT),
        tally.group(RunTally.LANGUAGE),
        context.getLong(IngestJob.COMMIT_FILES, 0L),
        context.getLong(IngestJob.COMMIT_BYTES, 0L),
        pipelineVersion);
  }

  private static String exitMessage(JobExecution job) {
    if (!job.getAllFailureExceptions().isEmpty()) {
      Throwable root = job.getAllFailureExceptions().get(0);
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return Redaction.text(String.valueOf(root.getMessage())).replaceAll("\\s+", " ");
    }
    return job.getExitStatus().getExitDescription().replaceAll("\\s+", " ").strip();
  }

  private static Instant endOf(JobExecution job) {
    return job.getEndTime() == null ? Instant.now() : instant(job.getEndTime());
  }

  private static Instant instant(LocalDateTime time) {
    return time == null ? Instant.now() : time.atZone(ZoneId.systemDefault()).toInstant();
  }
}
