package io.newsetl.jobs;

import io.newsetl.write.RunReportStore;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes {@code <output>/_runs/<run>.json} at the end of every ingest execution. */
@Component
class RunSummaryListener implements JobExecutionListener {

  private final JobRepository repository;
  private final RunReportStore reports = new RunReportStore();
  private final String version;

  RunSummaryListener(JobRepository repository, @Value("${news-etl.version:dev}") String version) {
    this.repository = repository;
    this.version = version;
  }

  @Override
  public void afterJob(JobExecution job) {
    RunSummary summary = RunSummaries.of(job, repository, version);
    String output = job.getJobParameters().getString(IngestJob.OUTPUT);
    reports.write(output, summary.run() + "-" + summary.executionId(), RunSummaryJson.of(summary));
  }
}
