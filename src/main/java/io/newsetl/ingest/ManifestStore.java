package io.newsetl.ingest;

import io.newsetl.article.SourceFile;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The plan of a run: the list of input files, written once by the plan step and read by the process
 * step (also after a restart, so a restarted run sees exactly the files it started with). One
 * tab-separated line per file; tabs, newlines and backslashes in paths are escaped.
 */
public final class ManifestStore {

  private final Configuration hadoop = HadoopFiles.configuration();

  public void write(String location, List<SourceFile> files) {
    URI uri = HadoopFiles.toUri(location);
    if ("file".equals(uri.getScheme())) {
      writeLocal(java.nio.file.Path.of(uri), files);
      return;
    }
    Path path = new Path(uri);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      Path temporary = path.suffix(".tmp");
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(fs.create(temporary, true), StandardCharsets.UTF_8))) {
        for (SourceFile file : files) {
          out.write(line(file));
          out.write('\n');
        }
      }
      fs.delete(path, false);
      if (!fs.rename(temporary, path)) {
        throw new IOException("cannot move " + temporary + " to " + path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manifest " + location, e);
    }
  }

  public boolean exists(String location) {
    URI uri = HadoopFiles.toUri(location);
    if ("file".equals(uri.getScheme())) {
      return java.nio.file.Files.exists(java.nio.file.Path.of(uri));
    }
    Path path = new Path(uri);
    try {
      return path.getFileSystem(hadoop).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for the manifest " + location, e);
    }
  }

  /** Deletes a manifest, or a folder of manifests; nothing to do when it is absent. */
  public void delete(String location) {
    Path path = new Path(HadoopFiles.toUri(location));
    try {
      path.getFileSystem(hadoop).delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + location, e);
    }
  }

  public List<SourceFile> read(String location) {
    URI uri = HadoopFiles.toUri(location);
    List<SourceFile> files = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                HadoopFiles.open(uri.toString(), hadoop), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty()) {
          files.add(parse(line));
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifest " + location, e);
    }
  }

  // The local file system without Hadoop, which forks a chmod process for every file it creates.
  private static void writeLocal(java.nio.file.Path path, List<SourceFile> files) {
    try {
      java.nio.file.Files.createDirectories(path.getParent());
      java.nio.file.Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
      try (Writer out = java.nio.file.Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        for (SourceFile file : files) {
          out.write(line(file));
          out.write('\n');
        }
      }
      java.nio.file.Files.move(
          temporary,
          path,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manifest " + path, e);
    }
  }

  static String line(SourceFile f) {
    return String.join(
        "\t",
        Long.toString(f.index()),
        Long.toString(f.size()),
        Long.toString(f.modifiedAt().toEpochMilli()),
        f.pathDate().map(LocalDate::toString).orElse("-"),
        escape(f.relativePath()),
        escape(f.uri()));
  }

  static SourceFile parse(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 6) {
      throw new IllegalArgumentException("corrupt manifest line: " + line);
    }
    return new SourceFile(
        Long.parseLong(fields[0]),
        unescape(fields[5]),
        unescape(fields[4]),
        Long.parseLong(fields[1]),
        Instant.ofEpochMilli(Long.parseLong(fields[2])),
        "-".equals(fields[3]) ? Optional.empty() : Optional.of(LocalDate.parse(fields[3])));
  }

  static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
