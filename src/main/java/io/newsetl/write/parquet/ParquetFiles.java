package io.newsetl.write.parquet;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.OutputFile;

/** Opens Parquet writers and readers on a {@link DatasetStore} with a run's settings. */
final class ParquetFiles {

  /**
   * Row group size of staged and intermediate files. Small, because a merge holds one row group of
   * every file it reads in memory.
   */
  static final long STAGING_ROW_GROUP_SIZE = 4L * 1024 * 1024;

  private final DatasetStore store;
  private final WriteSettings settings;

  ParquetFiles(DatasetStore store, WriteSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  /**
   * Codec of staged and intermediate files. They are read once by the commit, which re-encodes the
   * rows with the run's codec: Snappy costs a fraction of the CPU of ZSTD or GZIP.
   */
  static final CompressionCodecName STAGING_CODEC = CompressionCodecName.SNAPPY;

  /** A writer of a published file that creates or replaces {@code path}, with the run's codec. */
  <T> ParquetWriter<T> writer(Path path, RowWriteSupport<T> support, long rowGroupSize)
      throws IOException {
    return writer(path, support, rowGroupSize, codec(settings.compression()));
  }

  /** A writer of a staged or intermediate file that creates or replaces {@code path}. */
  <T> ParquetWriter<T> stagingWriter(Path path, RowWriteSupport<T> support) throws IOException {
    return writer(path, support, STAGING_ROW_GROUP_SIZE, STAGING_CODEC);
  }

  private <T> ParquetWriter<T> writer(
      Path path, RowWriteSupport<T> support, long rowGroupSize, CompressionCodecName codec)
      throws IOException {
    Configuration configuration = store.configuration();
    WriterBuilder<T> builder =
        new WriterBuilder<>(HadoopOutputFile.fromPath(path, configuration), support)
            .withConf(configuration)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withCompressionCodec(codec)
            .withRowGroupSize(rowGroupSize)
            .withPageSize(settings.pageSize())
            .withDictionaryEncoding(true);
    for (String column : support.distinctColumns()) {
      builder.withDictionaryEncoding(column, false);
    }
    return builder.build();
  }

  /** The rows of a file, one row group in memory at a time. */
  <T> RowSource<T> rows(Path path, ReadSupport<T> support) throws IOException {
    ParquetReader<T> reader =
        new ReaderBuilder<>(HadoopInputFile.fromPath(path, store.configuration()), support).build();
    return new RowSource<>() {
      @Override
      public Optional<T> next() throws IOException {
        return Optional.ofNullable(reader.read());
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }

  private static CompressionCodecName codec(WriteSettings.Compression compression) {
    return switch (compression) {
      case ZSTD -> CompressionCodecName.ZSTD;
      case SNAPPY -> CompressionCodecName.SNAPPY;
      case GZIP -> CompressionCodecName.GZIP;
      case UNCOMPRESSED -> CompressionCodecName.UNCOMPRESSED;
    };
  }

  private static final class WriterBuilder<T> extends ParquetWriter.Builder<T, WriterBuilder<T>> {
    private final WriteSupport<T> support;

    WriterBuilder(OutputFile file, WriteSupport<T> support) {
      super(file);
      this.support = support;
    }

    @Override
    protected WriterBuilder<T> self() {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation") // the abstract method to implement; newer overloads call it
    protected WriteSupport<T> getWriteSupport(Configuration configuration) {
      return support;
    }
  }

  private static final class ReaderBuilder<T> extends ParquetReader.Builder<T> {
    private final ReadSupport<T> support;

    ReaderBuilder(InputFile file, ReadSupport<T> support) {
      super(file);
      this.support = support;
    }

    @Override
    protected ReadSupport<T> getReadSupport() {
      return support;
    }
  }
}
