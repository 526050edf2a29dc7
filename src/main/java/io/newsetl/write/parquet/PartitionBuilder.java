package io.newsetl.write.parquet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.hadoop.fs.Path;

/**
 * Builds the new folder of every date of a run under {@code _staging/<runKey>/publish} from the
 * run's staged files: duplicates marked across the run, each (date, language) merged in file order
 * into files of the target size. Every touched date, and every date asked to be replaced, gets an
 * articles and a rejects folder, even an empty one. Reads the staged files and leaves them in
 * place, so it can run again from scratch.
 */
final class PartitionBuilder {

  private final DatasetStore store;
  private final ParquetFiles files;
  private final DatasetLayout layout;
  private final WriteSettings settings;
  private final SortedMap<LocalDate, Long> articles = new TreeMap<>();
  private final SortedMap<LocalDate, Long> rejects = new TreeMap<>();
  private long duplicatesMarked;
  private int filesWritten;
  private long bytesWritten;

  PartitionBuilder(
      DatasetStore store, ParquetFiles files, DatasetLayout layout, WriteSettings settings) {
    this.store = store;
    this.files = files;
    this.layout = layout;
    this.settings = settings;
  }

  /**
   * Builds the folder of every date with staged rows and of every date in {@code alsoReplace}
   * (empty when nothing was staged for it); what it wrote. Call once per instance.
   */
  CommitResult build(Set<LocalDate> alsoReplace) throws IOException {
    SortedMap<StagedGroup, List<Path>> staged = listStaged();
    DuplicateIndex duplicates = DuplicateIndex.build(action -> readKeys(staged, action));
    for (StagedGroup group : staged.keySet()) {
      touch(group.date());
    }
    for (LocalDate date : alsoReplace) {
      touch(date);
    }
    for (Map.Entry<StagedGroup, List<Path>> entry : staged.entrySet()) {
      StagedGroup group = entry.getKey();
      if (group.dataset() == Dataset.ARTICLES) {
        publishArticles(group, entry.getValue(), duplicates);
      } else {
        publishRejects(group, entry.getValue());
      }
    }
    return new CommitResult(articles, rejects, duplicatesMarked, filesWritten, bytesWritten);
  }

  private SortedMap<StagedGroup, List<Path>> listStaged() throws IOException {
    SortedMap<StagedGroup, List<Path>> staged = new TreeMap<>();
    for (Path file : store.listFilesBelow(layout.chunks())) {
      if (file.getParent().getName().startsWith("chunk-")) {
        StagedGroup.parse(file.getName())
            .ifPresent(group -> staged.computeIfAbsent(group, g -> new ArrayList<>()).add(file));
      }
    }
    staged.values().forEach(paths -> paths.sort(Comparator.comparing(Path::toString)));
    return staged;
  }

  private void readKeys(SortedMap<StagedGroup, List<Path>> staged, Consumer<DuplicateKey> action)
      throws IOException {
    for (Map.Entry<StagedGroup, List<Path>> entry : staged.entrySet()) {
      if (entry.getKey().dataset() != Dataset.ARTICLES) {
        continue;
      }
      for (Path file : entry.getValue()) {
        try (RowSource<DuplicateKey> keys = files.rows(file, new DuplicateKeyReadSupport())) {
          for (Optional<DuplicateKey> key = keys.next(); key.isPresent(); key = keys.next()) {
            action.accept(key.get());
          }
        }
      }
    }
  }

  private void touch(LocalDate date) throws IOException {
    if (articles.putIfAbsent(date, 0L) == null) {
      rejects.put(date, 0L);
      store.mkdirs(layout.publish(Dataset.ARTICLES, date));
      store.mkdirs(layout.publish(Dataset.REJECTS, date));
    }
  }

  private void publishArticles(StagedGroup group, List<Path> inputs, DuplicateIndex duplicates)
      throws IOException {
    LocalDate date = group.date();
    String language = group.language().orElseThrow();
    RowKind<ArticleRow> kind =
        new RowKind<>(
            () -> new ArticleReadSupport(date, language),
            () -> new ArticleWriteSupport(settings),
            ArticleRow.ORDER);
    Path folder =
        new Path(layout.publish(Dataset.ARTICLES, date), DatasetLayout.languagePartition(language));
    long rows = publish(group, inputs, kind, folder, row -> markDuplicate(row, duplicates));
    articles.merge(date, rows, Long::sum);
  }

  private ArticleRow markDuplicate(ArticleRow row, DuplicateIndex duplicates) {
    Optional<String> original =
        duplicates.originalOf(row.article().textSha256(), row.article().id().value());
    if (original.isPresent()) {
      duplicatesMarked++;
    }
    return row.withDuplicateOf(original);
  }

  private void publishRejects(StagedGroup group, List<Path> inputs) throws IOException {
    LocalDate date = group.date();
    RowKind<RejectRow> kind =
        new RowKind<>(
            () -> new RejectReadSupport(date),
            () -> new RejectWriteSupport(settings),
            RejectRow.ORDER);
    long rows = publish(group, inputs, kind, layout.publish(Dataset.REJECTS, date), row -> row);
    rejects.merge(date, rows, Long::sum);
  }

  private <T> long publish(
      StagedGroup group, List<Path> inputs, RowKind<T> kind, Path folder, UnaryOperator<T> finish)
      throws IOException {
    Path scratch = new Path(layout.merges(), group.fileName());
    StagedMerge<T> merge = new StagedMerge<>(files, store, kind, settings.mergeFanIn(), scratch);
    RollingWriter<T> out = new RollingWriter<>(files, store, folder, kind.writer(), settings);
    try (RowSource<T> rows = merge.open(inputs);
        out) {
      for (Optional<T> row = rows.next(); row.isPresent(); row = rows.next()) {
        out.write(finish.apply(row.get()));
      }
    }
    store.delete(scratch);
    filesWritten += out.filesWritten();
    bytesWritten += out.bytesWritten();
    return out.rowsWritten();
  }
}
