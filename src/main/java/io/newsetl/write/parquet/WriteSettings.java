package io.newsetl.write.parquet;

import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the Parquet files of one run are written. Build with {@link #builder(String, String, Clock)};
 * every size has a default.
 *
 * @param compression the codec of every column chunk
 * @param rowGroupSize target row group size of the published files, in bytes
 * @param pageSize target page size, in bytes
 * @param targetFileSize a published file is closed and the next one started once it reaches this
 *     size, in bytes
 * @param mergeFanIn the most staged files the commit merges at once; above it, merging takes more
 *     than one pass so that memory stays bounded
 * @param pipelineVersion version of the pipeline, written to every file's footer
 * @param runId identifier of this run, a column of every row and part of every file name ({@code
 *     [A-Za-z0-9._-]+})
 * @param clock the source of {@code ingested_at} and {@code rejected_at}
 */
public record WriteSettings(
    Compression compression,
    long rowGroupSize,
    int pageSize,
    long targetFileSize,
    int mergeFanIn,
    String pipelineVersion,
    String runId,
    Clock clock) {

  static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

  /** Column compression codecs. */
  public enum Compression {
    ZSTD,
    SNAPPY,
    GZIP,
    UNCOMPRESSED
  }

  public WriteSettings {
    Objects.requireNonNull(compression, "compression");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(clock, "clock");
    requirePositive(rowGroupSize, "rowGroupSize");
    requirePositive(pageSize, "pageSize");
    requirePositive(targetFileSize, "targetFileSize");
    if (mergeFanIn < 2) {
      throw new IllegalArgumentException("mergeFanIn must be at least 2: " + mergeFanIn);
    }
    if (!NAME.matcher(runId).matches() || runId.startsWith(".")) {
      throw new IllegalArgumentException("runId must match [A-Za-z0-9._-]+: " + runId);
    }
  }

  /** Settings with ZSTD, 128 MiB row groups, 1 MiB pages, 1 GiB files and a fan-in of 64. */
  public static Builder builder(String runId, String pipelineVersion, Clock clock) {
    return new Builder(runId, pipelineVersion, clock);
  }

  private static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /** Builder of {@link WriteSettings}; not thread-safe. */
  public static final class Builder {
    private final String runId;
    private final String pipelineVersion;
    private final Clock clock;
    private Compression compression = Compression.ZSTD;
    private long rowGroupSize = 128L * 1024 * 1024;
    private int pageSize = 1024 * 1024;
    private long targetFileSize = 1024L * 1024 * 1024;
    private int mergeFanIn = 64;

    private Builder(String runId, String pipelineVersion, Clock clock) {
      this.runId = runId;
      this.pipelineVersion = pipelineVersion;
      this.clock = clock;
    }

    public Builder compression(Compression value) {
      this.compression = value;
      return this;
    }

    public Builder rowGroupSize(long bytes) {
      this.rowGroupSize = bytes;
      return this;
    }

    public Builder pageSize(int bytes) {
      this.pageSize = bytes;
      return this;
    }

    public Builder targetFileSize(long bytes) {
      this.targetFileSize = bytes;
      return this;
    }

    public Builder mergeFanIn(int files) {
      this.mergeFanIn = files;
      return this;
    }

    public WriteSettings build() {
      return new WriteSettings(
          compression,
          rowGroupSize,
          pageSize,
          targetFileSize,
          mergeFanIn,
          pipelineVersion,
          runId,
          clock);
    }
  }
}
