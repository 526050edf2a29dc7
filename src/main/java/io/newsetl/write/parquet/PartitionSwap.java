package io.newsetl.write.parquet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * Swaps the built folders of a run's dates into the dataset, one step at a time. Each step is safe
 * to repeat, and an empty {@code done-...} marker under {@code commit/} records it once finished,
 * so that a restarted swap goes on from the first unfinished step.
 */
final class PartitionSwap {

  private enum Step {
    /** Removes the old folder's {@code _SUCCESS}, then moves the folder to {@code old/}. */
    ASIDE,
    /** Moves the new folder from {@code publish/} into the dataset. */
    MOVE_IN,
    /** Writes {@code _SUCCESS} into the new folder. */
    SUCCESS,
    /** Deletes the old folder. */
    DROP_OLD
  }

  private final DatasetStore store;
  private final DatasetLayout layout;
  private final StepListener listener;

  PartitionSwap(DatasetStore store, DatasetLayout layout, StepListener listener) {
    this.store = store;
    this.layout = layout;
    this.listener = listener;
  }

  void run(Set<LocalDate> dates) throws IOException {
    Set<String> done = new HashSet<>();
    for (FileStatus marker : store.list(layout.commitArea())) {
      done.add(marker.getPath().getName());
    }
    for (LocalDate date : dates) {
      for (Dataset dataset : Dataset.values()) {
        for (Step step : Step.values()) {
          String marker = markerName(date, dataset, step);
          if (!done.contains(marker)) {
            perform(step, dataset, date);
            listener.finished(marker);
            store.touch(new Path(layout.commitArea(), marker));
          }
        }
      }
    }
  }

  private void perform(Step step, Dataset dataset, LocalDate date) throws IOException {
    Path live = layout.live(dataset, date);
    switch (step) {
      case ASIDE -> {
        store.delete(new Path(live, DatasetLayout.SUCCESS));
        store.move(live, layout.old(dataset, date));
      }
      case MOVE_IN -> {
        Path built = layout.publish(dataset, date);
        if (!store.exists(built) && !store.exists(live)) {
          throw new IOException("the new folder of " + live + " is missing from " + built);
        }
        store.move(built, live);
      }
      case SUCCESS -> store.touch(new Path(live, DatasetLayout.SUCCESS));
      case DROP_OLD -> store.delete(layout.old(dataset, date));
    }
  }

  private static String markerName(LocalDate date, Dataset dataset, Step step) {
    return "done-" + date + "-" + dataset.folder() + "-" + step.name().toLowerCase(Locale.ROOT);
  }
}
