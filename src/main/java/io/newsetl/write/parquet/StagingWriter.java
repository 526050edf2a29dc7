package io.newsetl.write.parquet;

import io.newsetl.article.Article;
import io.newsetl.article.Reject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Writes a run's chunks of articles and rejects into the run's staging area, {@code
 * <output>/_staging/<runKey>/chunks/chunk-<chunkKey>/}, where {@link DatasetCommitter} later
 * publishes them. Nothing under {@code articles/} or {@code rejects/} changes.
 *
 * <p>Each chunk becomes one file per (archive date, language) of its articles and one per archive
 * date of its rejects, sorted in file order (publication instant with missing ones last, then
 * article id; rejects by path and member). A file is written under a temporary name and renamed, so
 * a staged file is complete or absent. Writing a chunk key again replaces everything staged under
 * it, so a chunk processed again after a crash is never counted twice.
 *
 * <p>Thread-safe for concurrent calls with different chunk keys; calls with the same chunk key must
 * not overlap. Throws {@link IOException} when the file system fails, {@link
 * IllegalArgumentException} for a language code that cannot be a folder name, and {@link
 * IllegalStateException} once a commit of the run has begun.
 */
public final class StagingWriter {

  private final DatasetStore store;
  private final ParquetFiles files;
  private final DatasetLayout layout;
  private final WriteSettings settings;

  /**
   * @param output the dataset's folder: a {@code file:}, {@code hdfs:} or {@code s3a:} URI, or a
   *     local path
   * @param runKey names the run's staging area; the same on every restart of one run ({@code
   *     [A-Za-z0-9._-]+})
   * @param settings how files are written
   */
  public StagingWriter(String output, String runKey, WriteSettings settings) throws IOException {
    this.store = DatasetStore.open(output);
    this.settings = settings;
    this.layout = new DatasetLayout(store.root(), runKey);
    this.files = new ParquetFiles(store, settings);
  }

  /**
   * Stages one chunk, replacing whatever was staged under the same key. A chunk with nothing in it
   * still creates the run's staging area, so that a commit of a run that found nothing can replace
   * its dates with empty ones.
   */
  public void writeChunk(long chunkKey, List<Article> articles, List<Reject> rejects)
      throws IOException {
    if (store.exists(layout.plan())) {
      throw new IllegalStateException("a commit of this run has begun: " + layout.runArea());
    }
    Instant now = Timestamps.truncate(settings.clock().instant());
    Map<StagedGroup, List<ArticleRow>> articleGroups =
        articles.stream()
            .collect(
                Collectors.groupingBy(
                    article -> StagedGroup.articles(article.archiveDate(), article.language()),
                    TreeMap::new,
                    Collectors.mapping(
                        article -> new ArticleRow(article, Optional.empty(), settings.runId(), now),
                        Collectors.toList())));
    Map<StagedGroup, List<RejectRow>> rejectGroups =
        rejects.stream()
            .collect(
                Collectors.groupingBy(
                    reject -> StagedGroup.rejects(reject.archiveDate()),
                    TreeMap::new,
                    Collectors.mapping(
                        reject -> new RejectRow(reject, settings.runId(), now),
                        Collectors.toList())));
    Path folder = layout.chunk(chunkKey);
    store.mkdirs(layout.chunks());
    Set<String> staged = new HashSet<>();
    staged.addAll(
        stageAll(folder, articleGroups, () -> new ArticleWriteSupport(settings), ArticleRow.ORDER));
    staged.addAll(
        stageAll(folder, rejectGroups, () -> new RejectWriteSupport(settings), RejectRow.ORDER));
    removeOthers(folder, staged);
  }

  /** Stages each group sorted in file order; the names of the staged files. */
  private <T> List<String> stageAll(
      Path folder,
      Map<StagedGroup, List<T>> groups,
      Supplier<RowWriteSupport<T>> support,
      Comparator<T> order)
      throws IOException {
    List<String> names = new ArrayList<>();
    for (Map.Entry<StagedGroup, List<T>> group : groups.entrySet()) {
      List<T> rows = group.getValue().stream().sorted(order).toList();
      names.add(stage(folder, group.getKey(), support.get(), rows));
    }
    return names;
  }

  private <T> String stage(Path folder, StagedGroup group, RowWriteSupport<T> support, List<T> rows)
      throws IOException {
    String name = group.fileName();
    Path temporary = new Path(folder, "." + name + "." + UUID.randomUUID() + ".tmp");
    try (ParquetWriter<T> writer = files.stagingWriter(temporary, support)) {
      for (T row : rows) {
        writer.write(row);
      }
    } catch (IOException | RuntimeException e) {
      store.delete(temporary);
      throw e;
    }
    store.replaceFile(temporary, new Path(folder, name));
    return name;
  }

  /** Deletes what an earlier attempt at this chunk left and this one did not write. */
  private void removeOthers(Path folder, Set<String> staged) throws IOException {
    if (staged.isEmpty()) {
      store.delete(folder);
      return;
    }
    for (FileStatus file : store.list(folder)) {
      if (!staged.contains(file.getPath().getName())) {
        store.delete(file.getPath());
      }
    }
  }
}
