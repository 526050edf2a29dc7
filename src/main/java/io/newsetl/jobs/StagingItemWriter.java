package io.newsetl.jobs;

import io.newsetl.article.Article;
import io.newsetl.article.ProcessedFile;
import io.newsetl.article.Reject;
import io.newsetl.write.parquet.StagingWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each chunk's articles and rejects to the run's staging area, under a key that is the
 * manifest position of the chunk's first file (a chunk redone after a crash replaces its own
 * files), and adds the chunk to the step's tally.
 */
class StagingItemWriter implements ItemWriter<ProcessedFile>, StepExecutionListener {

  private final StagingWriter staging;
  private final PausePoints pauses;
  private StepExecution stepExecution;
  private RunTally tally = new RunTally();

  StagingItemWriter(StagingWriter staging, PausePoints pauses) {
    this.staging = staging;
    this.pauses = pauses;
  }

  @Override
  public void beforeStep(StepExecution execution) {
    this.stepExecution = execution;
    this.tally = RunTally.from(execution.getExecutionContext());
  }

  @Override
  public void write(Chunk<? extends ProcessedFile> chunk) throws Exception {
    List<Article> articles = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    long key = Long.MAX_VALUE;
    for (ProcessedFile file : chunk) {
      articles.addAll(file.articles());
      rejects.addAll(file.rejects());
      key = Math.min(key, file.file().index());
    }
    staging.writeChunk(key, articles, rejects);
    pauses.reached("stage:" + key);
    chunk.forEach(tally::add);
    tally.into(stepExecution.getExecutionContext());
  }
}
