package io.newsetl.write.parquet;

import java.io.IOException;

/**
 * Told when a commit step has done its work, before the step is recorded as done. Lets a test stop
 * a commit at any point, as a crash would.
 */
interface StepListener {

  StepListener NONE = step -> {};

  void finished(String step) throws IOException;
}
