package io.newsetl.write.parquet;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The file system a dataset lives on, through the Hadoop FileSystem API ({@code file:}, {@code
 * hdfs:}, {@code s3a:}; a path without a scheme is local). Local files are written without {@code
 * .crc} side files. Every operation here is safe to repeat after a crash. Thread-safe.
 */
final class DatasetStore {

  private final Configuration configuration;
  private final FileSystem fileSystem;
  private final Path root;

  private DatasetStore(Configuration configuration, FileSystem fileSystem, Path root) {
    this.configuration = configuration;
    this.fileSystem = fileSystem;
    this.root = root;
  }

  /** The store holding the dataset at {@code output}, a URI or a local path. */
  static DatasetStore open(String output) throws IOException {
    Configuration configuration = new Configuration();
    // the checksummed local file system would leave a .crc file beside every file
    configuration.setClass("fs.file.impl", PosixLocalFileSystem.class, FileSystem.class);
    configuration.setBoolean("fs.file.impl.disable.cache", true);
    URI uri = new Path(output).toUri();
    Path path =
        uri.getScheme() == null
            ? new Path(Paths.get(output).toAbsolutePath().toUri())
            : new Path(uri);
    FileSystem fileSystem = path.getFileSystem(configuration);
    return new DatasetStore(configuration, fileSystem, fileSystem.makeQualified(path));
  }

  Configuration configuration() {
    return configuration;
  }

  Path root() {
    return root;
  }

  boolean exists(Path path) throws IOException {
    return fileSystem.exists(path);
  }

  long length(Path path) throws IOException {
    return fileSystem.getFileStatus(path).getLen();
  }

  void mkdirs(Path path) throws IOException {
    if (!fileSystem.mkdirs(path)) {
      throw new IOException("cannot create folder " + path);
    }
  }

  /** Deletes a file or a folder with everything in it; nothing to do when it is absent. */
  void delete(Path path) throws IOException {
    if (fileSystem.exists(path) && !fileSystem.delete(path, true) && fileSystem.exists(path)) {
      throw new IOException("cannot delete " + path);
    }
  }

  /** The entries of a folder; empty when it is absent. */
  List<FileStatus> list(Path folder) throws IOException {
    try {
      return List.of(fileSystem.listStatus(folder));
    } catch (FileNotFoundException absent) {
      return List.of();
    }
  }

  /** Every file below a folder; empty when it is absent. */
  List<Path> listFilesBelow(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    // listStatus, not listFiles: located statuses read permissions, a process per local file
    for (FileStatus entry : list(folder)) {
      if (entry.isDirectory()) {
        files.addAll(listFilesBelow(entry.getPath()));
      } else {
        files.add(entry.getPath());
      }
    }
    return files;
  }

  /** Renames a complete file onto {@code target}, replacing what was there. */
  void replaceFile(Path source, Path target) throws IOException {
    if (fileSystem.exists(target)) {
      fileSystem.delete(target, false);
    }
    rename(source, target);
  }

  /**
   * Moves a folder to {@code target}, which must not hold anything else. Repeating it after an
   * interruption finishes the job: on an object store, where a folder rename copies file by file,
   * an interrupted move leaves files on both sides, and the rest is moved file by file.
   */
  void move(Path source, Path target) throws IOException {
    if (!fileSystem.exists(source)) {
      return;
    }
    if (!fileSystem.exists(target)) {
      mkdirs(target.getParent());
      rename(source, target);
      return;
    }
    for (FileStatus child : fileSystem.listStatus(source)) {
      Path to = new Path(target, child.getPath().getName());
      if (child.isDirectory()) {
        move(child.getPath(), to);
      } else {
        replaceFile(child.getPath(), to);
      }
    }
    delete(source);
  }

  /** Writes a small UTF-8 file that is either complete or absent. */
  void writeText(Path path, String text) throws IOException {
    Path temporary = new Path(path.getParent(), "." + path.getName() + "." + UUID.randomUUID());
    try (OutputStream out = fileSystem.create(temporary, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    replaceFile(temporary, path);
  }

  Optional<String> readText(Path path) throws IOException {
    if (!fileSystem.exists(path)) {
      return Optional.empty();
    }
    try (InputStream in = fileSystem.open(path)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
  }

  /** Creates an empty file, replacing any file of that name. */
  void touch(Path path) throws IOException {
    fileSystem.create(path, true).close();
  }

  private void rename(Path source, Path target) throws IOException {
    if (!fileSystem.rename(source, target)) {
      throw new IOException("cannot rename " + source + " to " + target);
    }
  }
}
