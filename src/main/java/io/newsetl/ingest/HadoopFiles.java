package io.newsetl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Opens inputs through the Hadoop FileSystem API; plain paths mean the local file system. */
final class HadoopFiles {

  private HadoopFiles() {}

  static Configuration configuration() {
    Configuration conf = new Configuration();
    // The raw local file system writes no .crc side files.
    conf.set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return conf;
  }

  /** A URI for an input given as a URI or as a local path (relative paths resolve against cwd). */
  static URI toUri(String location) {
    if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      return URI.create(location);
    }
    return Path.of(location).toAbsolutePath().normalize().toUri();
  }

  static InputStream open(String uri, Configuration conf) throws IOException {
    URI location = URI.create(uri);
    if ("file".equals(location.getScheme())) {
      return java.nio.file.Files.newInputStream(Path.of(location));
    }
    FileSystem fs = FileSystem.get(location, conf);
    return fs.open(new org.apache.hadoop.fs.Path(location));
  }
}
