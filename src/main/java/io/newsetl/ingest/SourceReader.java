package io.newsetl.ingest;

import io.newsetl.article.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads an input file's bytes through the Hadoop FileSystem API, refusing files over the size limit
 * before reading them. Thread-safe.
 */
public final class SourceReader {

  private final Configuration hadoop = HadoopFiles.configuration();
  private final long maxBytes;

  public SourceReader(IngestProperties limits) {
    this.maxBytes = limits.maxFileBytes();
  }

  /**
   * The file's bytes, or empty when it is larger than the limit.
   *
   * @throws RefusedInputException for a symbolic link the lister did not follow
   * @throws IOException when the file cannot be opened or read
   */
  public Optional<byte[]> read(SourceFile file) throws IOException {
    if (file.uri().startsWith("file:")) {
      Optional<RefusedInputException> refusal = LocalLinks.refusal(Path.of(URI.create(file.uri())));
      if (refusal.isPresent()) {
        throw refusal.get();
      }
    }
    if (file.size() > maxBytes) {
      return Optional.empty();
    }
    try (InputStream in = HadoopFiles.open(file.uri(), hadoop)) {
      return BoundedRead.readKnownLength(in, file.size(), maxBytes);
    }
  }

  public long maxBytes() {
    return maxBytes;
  }
}
