package io.newsetl.jobs;

import io.newsetl.article.SourceFile;
import io.newsetl.ingest.ManifestStore;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The archive dates a run is responsible for, whether or not it finds anything for them. */
final class PlannedDates {

  private PlannedDates() {}

  /**
   * The run's target date; for a run over every date, the dates in the paths of its plan (empty
   * when the plan is gone, as it is once the run has been committed).
   */
  static Set<LocalDate> toReplace(
      Optional<LocalDate> target, ManifestStore manifests, String manifest) {
    if (target.isPresent()) {
      return Set.of(target.get());
    }
    Set<LocalDate> dates = new TreeSet<>();
    if (manifests.exists(manifest)) {
      for (SourceFile file : manifests.read(manifest)) {
        file.pathDate().ifPresent(dates::add);
      }
    }
    return dates;
  }
}
