package io.newsetl.write.parquet;

import java.io.IOException;

/**
 * Told when a commit step has done its work, before the step is recorded as done. Lets a test stop
 * a commit at any point, as a crash would.
 */
@FunctionalInterface
public interface StepListener {

  StepListener NONE = step -> {};

  /**
   * Called after {@code step} ({@code build}, {@code done-<date>-<dataset>-<step>}, {@code
   * clean-up}); an exception stops the commit there, to be resumed by another commit.
   */
  void finished(String step) throws IOException;
}
