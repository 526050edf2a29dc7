package io.newsetl.jobs;

import io.newsetl.article.SourceFile;
import io.newsetl.ingest.InputLister;
import io.newsetl.ingest.ManifestStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Lists the run's input files into its manifest. With a target date, files whose path carries
 * another date are left out at once; files without a date in their path are kept, and their date is
 * decided after parsing. A restarted run keeps the manifest it already has. A listing made
 * beforehand for many runs (a backfill) can stand in for listing the input.
 */
class PlanTasklet implements Tasklet {

  private final InputLister lister;
  private final ManifestStore manifests;
  private final String input;
  private final String manifest;
  private final Optional<LocalDate> date;
  private final Optional<String> listing;
  private final Consumer<List<SourceFile>> planned;

  /**
   * @param listing a manifest of the whole input listed beforehand, used instead of listing the
   *     input again; empty to list the input
   * @param planned told the files planned, before the step ends
   */
  PlanTasklet(
      InputLister lister,
      ManifestStore manifests,
      String input,
      String manifest,
      Optional<LocalDate> date,
      Optional<String> listing,
      Consumer<List<SourceFile>> planned) {
    this.lister = lister;
    this.manifests = manifests;
    this.input = input;
    this.manifest = manifest;
    this.date = date;
    this.listing = listing;
    this.planned = planned;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    if (!manifests.exists(manifest)) {
      // a listing is gone once its backfill ended; a run resumed later lists the input itself
      Optional<String> listed = listing.filter(manifests::exists);
      List<SourceFile> all = listed.isPresent() ? manifests.read(listed.get()) : lister.list(input);
      List<SourceFile> files =
          all.stream()
              .filter(f -> date.isEmpty() || f.pathDate().isEmpty() || f.pathDate().equals(date))
              .toList();
      manifests.write(manifest, files);
    }
    List<SourceFile> files = manifests.read(manifest);
    planned.accept(files);
    chunkContext
        .getStepContext()
        .getStepExecution()
        .getJobExecution()
        .getExecutionContext()
        .putLong(IngestJob.FILES_PLANNED, files.size());
    contribution.incrementReadCount();
    return RepeatStatus.FINISHED;
  }
}
