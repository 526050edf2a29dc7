package io.newsetl.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Writes a run's summary as {@code <output>/_runs/<name>.json}. Thread-safe. */
public final class RunReportStore {

  public void write(String output, String name, String json) {
    try {
      org.apache.hadoop.fs.Path path =
          new org.apache.hadoop.fs.Path(uriOf(output) + "/_runs/" + name + ".json");
      Configuration conf = new Configuration();
      conf.set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
      conf.setBoolean("fs.file.impl.disable.cache", true);
      FileSystem fs = path.getFileSystem(conf);
      try (OutputStream out = fs.create(path, true)) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the run summary under " + Redaction.location(output), e);
    }
  }

  private static String uriOf(String location) {
    String trimmed =
        location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    if (trimmed.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      return trimmed;
    }
    String uri = Path.of(trimmed).toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
