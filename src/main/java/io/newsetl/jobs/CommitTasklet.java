package io.newsetl.jobs;

import io.newsetl.write.parquet.CommitResult;
import io.newsetl.write.parquet.DatasetCommitter;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes the run: checks the reject limit, then lets the committer mark duplicates, merge the
 * staged files and swap in the partitions of each date the run touched or covers. Re-running it
 * after a crash finishes an interrupted commit.
 */
class CommitTasklet implements Tasklet {

  private final DatasetCommitter committer;
  private final JobRepository repository;
  private final long maxRejects;
  private final Supplier<Set<LocalDate>> datesToReplace;

  /**
   * @param datesToReplace the dates the run replaces even when it staged nothing for them: its
   *     target date, or for a run over every date the dates in the paths of its plan
   */
  CommitTasklet(
      DatasetCommitter committer,
      JobRepository repository,
      long maxRejects,
      Supplier<Set<LocalDate>> datesToReplace) {
    this.committer = committer;
    this.repository = repository;
    this.maxRejects = maxRejects;
    this.datesToReplace = datesToReplace;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
    RunTally tally = processTally(repository, job);
    long rejects = tally.get(RunTally.REJECTS);
    if (maxRejects >= 0 && rejects > maxRejects) {
      throw new RejectLimitExceededException(rejects, maxRejects);
    }
    CommitResult result = committer.commit(datesToReplace.get());
    ExecutionContext context = job.getExecutionContext();
    context.putLong(IngestJob.COMMIT_DUPLICATES, result.duplicatesMarked());
    context.putLong(IngestJob.COMMIT_FILES, result.filesWritten());
    context.putLong(IngestJob.COMMIT_BYTES, result.bytesWritten());
    context.putString(
        IngestJob.COMMIT_DATES,
        String.join(
            ",", result.articlesPerDate().keySet().stream().map(Object::toString).toList()));
    contribution.incrementWriteCount(result.articles());
    return RepeatStatus.FINISHED;
  }

  /** The tally of the run's process step, from this execution or the one that completed it. */
  static RunTally processTally(JobRepository repository, JobExecution job) {
    for (StepExecution step : job.getStepExecutions()) {
      if (IngestJob.PROCESS_STEP.equals(step.getStepName())) {
        return RunTally.from(step.getExecutionContext());
      }
    }
    StepExecution last =
        repository.getLastStepExecution(job.getJobInstance(), IngestJob.PROCESS_STEP);
    return last == null ? new RunTally() : RunTally.from(last.getExecutionContext());
  }
}
