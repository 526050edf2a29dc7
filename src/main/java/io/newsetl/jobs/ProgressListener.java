package io.newsetl.jobs;

import java.io.PrintStream;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Shows progress on a terminal during the process step: files done of files planned, and the rate.
 * Prints nothing when standard error is not a console (schedulers, CI, tests).
 */
@Component
class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

  private final PrintStream out = System.err;
  private final boolean enabled = System.console() != null;
  private StepExecution step;
  private long done;
  private long startedNanos;

  @Override
  public void beforeStep(StepExecution execution) {
    this.step = execution;
    this.done = 0;
    this.startedNanos = System.nanoTime();
  }

  @Override
  public void afterChunk(Chunk<Object> chunk) {
    done += chunk.size();
    if (!enabled || step == null) {
      return;
    }
    long planned =
        step.getJobExecution().getExecutionContext().getLong(IngestJob.FILES_PLANNED, 0L);
    double seconds = Math.max(1, System.nanoTime() - startedNanos) / 1e9;
    out.printf("\rprocessed %,d of %,d files (%.0f files/s)", done, planned, done / seconds);
    if (done >= planned) {
      out.println();
    }
  }
}
