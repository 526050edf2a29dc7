package io.newsetl.write.parquet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes everything a run staged with {@link StagingWriter} into the dataset, replacing exactly
 * the archive dates the run touched; other dates are never read or changed.
 *
 * <h2>Protocol</h2>
 *
 * All work happens under {@code <output>/_staging/<runKey>/} until a date is swapped in.
 *
 * <ol>
 *   <li><b>Build.</b> Without a plan file, any earlier partial build is deleted and built again
 *       from the staged files: duplicates are marked across the run (for every {@code text_sha256},
 *       the article with the smallest (source_path, container_member) is the original; every other
 *       one gets {@code duplicate_of} = its id), and each (date, language) is merged, sorted by
 *       (published_at with missing ones last, article_id), into {@code
 *       publish/articles/archive_date=D/lang=L/part-<runId>-<n>.parquet}, a new file starting at
 *       the target size; rejects likewise into {@code publish/rejects/archive_date=D/}. A date
 *       asked to be replaced that has no staged row gets empty folders. The merge streams: memory
 *       grows with the number of files merged at once (at most the fan-in), not with the rows. Then
 *       {@code commit/plan} is written (temporary name, then rename); it records the counts and
 *       marks the build complete.
 *   <li><b>Swap</b>, for each date in order, articles then rejects: delete the old folder's {@code
 *       _SUCCESS} and move the old {@code <dataset>/archive_date=D} (if any) to {@code old/}; move
 *       the new folder into place; write {@code _SUCCESS} in it; delete the old one. Each step is
 *       repeatable and, once done, recorded by an empty {@code commit/done-...} marker.
 *   <li><b>Clean up.</b> The staged files and work folders are deleted, then the plan, then the
 *       run's staging area.
 * </ol>
 *
 * <p>Calling {@code commit()} again after a crash at any point finishes the job: without a plan it
 * rebuilds from the staged files, which are deleted only after the last swap; with a plan it
 * resumes at the first unrecorded step; with the staging area gone it has nothing to do.
 *
 * <h2>What readers see</h2>
 *
 * On a local file system and HDFS a folder rename is atomic, so a reader listing a date sees its
 * complete old folder, no folder for a moment, or the complete new folder, never a mix. On S3 (s3a)
 * a folder rename copies and deletes object by object: during the swap of a date a listing can see
 * part of the old files, none, or part of the new files, still never old and new rows together;
 * {@code _SUCCESS} is removed before the old files move and written after the new ones are all in
 * place, so a reader that requires {@code _SUCCESS}, present both before and after it lists the
 * files, never takes part of a date for all of it.
 *
 * <p>Not thread-safe. One commit per run key at a time, and no two runs committing the same date at
 * the same time. Throws {@link IOException} when the file system fails; the commit can then be
 * called again.
 */
public final class DatasetCommitter {

  private final DatasetStore store;
  private final ParquetFiles files;
  private final DatasetLayout layout;
  private final WriteSettings settings;
  private final StepListener listener;

  /**
   * @param output the dataset's folder, as given to {@link StagingWriter}
   * @param runKey the run's key, as given to {@link StagingWriter}
   * @param settings how the published files are written
   */
  public DatasetCommitter(String output, String runKey, WriteSettings settings) throws IOException {
    this(output, runKey, settings, StepListener.NONE);
  }

  /**
   * @param output the dataset's folder, as given to {@link StagingWriter}
   * @param runKey the run's key, as given to {@link StagingWriter}
   * @param settings how the published files are written
   * @param listener told after each step of the commit
   */
  public DatasetCommitter(
      String output, String runKey, WriteSettings settings, StepListener listener)
      throws IOException {
    this.store = DatasetStore.open(output);
    this.settings = settings;
    this.layout = new DatasetLayout(store.root(), runKey);
    this.files = new ParquetFiles(store, settings);
    this.listener = listener;
  }

  /**
   * Publishes the run's staged files, replacing only the dates they touch. Same as {@code
   * commit(Set.of())}.
   */
  public CommitResult commit() throws IOException {
    return commit(Set.of());
  }

  /**
   * Publishes the run's staged files and replaces every date in {@code datesToReplace} too, with
   * empty folders when the run staged nothing for it (a rerun of a date whose files now yield
   * nothing empties that date). Returns what was published, also when resuming an interrupted
   * commit; {@link CommitResult#empty()} when the run's staging area is absent (nothing staged, or
   * a run already committed). A resumed commit follows the plan its build recorded, whatever {@code
   * datesToReplace} it is given.
   */
  public CommitResult commit(Set<LocalDate> datesToReplace) throws IOException {
    Optional<CommitResult> planned = store.readText(layout.plan()).map(PlanFile::parse);
    if (planned.isEmpty() && !store.exists(layout.runArea())) {
      return CommitResult.empty();
    }
    CommitResult result = planned.isPresent() ? planned.get() : build(datesToReplace);
    new PartitionSwap(store, layout, listener).run(result.articlesPerDate().keySet());
    cleanUp();
    return result;
  }

  /**
   * Drops the run's staging area without publishing anything. Throws {@link IllegalStateException}
   * once a commit of the run has begun swapping dates in; finish that one with {@link #commit()}.
   */
  public void discard() throws IOException {
    if (store.exists(layout.plan())) {
      throw new IllegalStateException("a commit of this run has begun: " + layout.runArea());
    }
    store.delete(layout.runArea());
  }

  private CommitResult build(Set<LocalDate> datesToReplace) throws IOException {
    store.delete(layout.publishArea());
    store.delete(layout.merges());
    store.delete(layout.oldArea());
    store.delete(layout.commitArea());
    CommitResult result =
        new PartitionBuilder(store, files, layout, settings).build(datesToReplace);
    listener.finished("build");
    store.mkdirs(layout.commitArea());
    store.writeText(layout.plan(), PlanFile.format(result));
    return result;
  }

  private void cleanUp() throws IOException {
    store.delete(layout.chunks());
    store.delete(layout.merges());
    store.delete(layout.publishArea());
    store.delete(layout.oldArea());
    listener.finished("clean-up");
    // the plan goes only once no staged file is left, so that a restart never rebuilds a date
    store.delete(layout.plan());
    store.delete(layout.runArea());
  }
}
