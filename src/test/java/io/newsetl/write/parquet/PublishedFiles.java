package io.newsetl.write.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Reads a local dataset back for assertions. */
final class PublishedFiles {

  private PublishedFiles() {}

  static List<Path> filesBelow(Path folder) {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> parquetBelow(Path folder) {
    return filesBelow(folder).stream().filter(p -> p.toString().endsWith(".parquet")).toList();
  }

  static Path articlesFolder(Path output, LocalDate date, String language) {
    return output.resolve("articles/archive_date=" + date + "/lang=" + language);
  }

  /** The rows of the folder's files, in file name order. */
  static List<ArticleRow> articles(Path output, LocalDate date, String language)
      throws IOException {
    List<ArticleRow> rows = new ArrayList<>();
    for (Path file : parquetBelow(articlesFolder(output, date, language))) {
      rows.addAll(read(file, new ArticleReadSupport(date, language)));
    }
    return rows;
  }

  static List<RejectRow> rejects(Path output, LocalDate date) throws IOException {
    List<RejectRow> rows = new ArrayList<>();
    for (Path file : parquetBelow(output.resolve("rejects/archive_date=" + date))) {
      rows.addAll(read(file, new RejectReadSupport(date)));
    }
    return rows;
  }

  static <T> List<T> read(Path file, RowReadSupport<T> support) throws IOException {
    DatasetStore store = DatasetStore.open(file.toString());
    ParquetFiles files = new ParquetFiles(store, ArticleFixtures.settings("reader"));
    List<T> rows = new ArrayList<>();
    try (RowSource<T> source = files.rows(store.root(), support)) {
      for (Optional<T> row = source.next(); row.isPresent(); row = source.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  static <T> void write(Path file, RowWriteSupport<T> support, List<T> rows) throws IOException {
    DatasetStore store = DatasetStore.open(file.toString());
    ParquetFiles files = new ParquetFiles(store, ArticleFixtures.settings("writer"));
    try (ParquetWriter<T> writer =
        files.writer(store.root(), support, ParquetFiles.STAGING_ROW_GROUP_SIZE)) {
      for (T row : rows) {
        writer.write(row);
      }
    }
  }

  static ParquetMetadata footer(Path file) throws IOException {
    DatasetStore store = DatasetStore.open(file.toString());
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(store.root(), store.configuration()))) {
      return reader.getFooter();
    }
  }
}
