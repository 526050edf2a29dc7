package io.newsetl.ingest;

import io.newsetl.article.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input files of a run in a stable order (by path below the input root, code point
 * order). Hidden files and folders (names starting with {@code .} or {@code _}) are skipped. On the
 * local file system a symbolic link to a file inside the input root is listed as its target; any
 * other link (a loop, a dangling link, a link to a folder or out of the root) is listed as the link
 * itself, which {@link SourceReader} refuses to read, so it becomes a counted reject; so is a pipe,
 * a socket or a device, which is never opened. On other file systems the Hadoop listing is used as
 * it is.
 *
 * <p>Thread-safe. Throws {@link UncheckedIOException} when the input root cannot be listed.
 */
public final class InputLister {

  private final Configuration hadoop;

  public InputLister() {
    this.hadoop = HadoopFiles.configuration();
  }

  /** Every regular, visible file under the input (a folder or a single file). */
  public List<SourceFile> list(String input) {
    URI root = HadoopFiles.toUri(input);
    List<SourceFile> files =
        "file".equals(root.getScheme()) ? listLocal(Path.of(root)) : listHadoop(root);
    files.sort(Comparator.comparing(SourceFile::relativePath));
    List<SourceFile> indexed = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      SourceFile f = files.get(i);
      indexed.add(
          new SourceFile(i, f.uri(), f.relativePath(), f.size(), f.modifiedAt(), f.pathDate()));
    }
    return indexed;
  }

  private List<SourceFile> listLocal(Path root) {
    try {
      Path realRoot = root.toRealPath();
      if (Files.isRegularFile(realRoot)) {
        return new ArrayList<>(List.of(localFile(realRoot.getParent(), realRoot)));
      }
      List<SourceFile> files = new ArrayList<>();
      // Files.walk does not descend into linked folders: a link is one entry, resolved below.
      try (Stream<Path> walk = Files.walk(realRoot)) {
        walk.filter(p -> !p.equals(realRoot))
            .filter(p -> !isHidden(realRoot.relativize(p)))
            .forEach(p -> localEntry(realRoot, p, files));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + root, e);
    }
  }

  private void localEntry(Path root, Path path, List<SourceFile> files) {
    if (Files.isSymbolicLink(path)) {
      // A refused link stays in the plan as itself: reading it yields a counted reject.
      files.add(
          LocalLinks.resolveInside(root, path)
              .filter(Files::isRegularFile)
              .map(target -> localFile(root, path, target))
              .orElseGet(() -> refusedEntry(root, path)));
    } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      files.add(localFile(root, path));
    } else if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      // A pipe, socket or device: listed so that it is counted as a reject, never opened.
      files.add(refusedEntry(root, path));
    }
  }

  private static SourceFile refusedEntry(Path root, Path link) {
    String relative = relative(root, link);
    java.time.Instant modified;
    try {
      modified = Files.getLastModifiedTime(link, LinkOption.NOFOLLOW_LINKS).toInstant();
    } catch (IOException e) {
      modified = java.time.Instant.EPOCH;
    }
    return new SourceFile(
        0, link.toUri().toString(), relative, 0, modified, ArchiveDates.fromPath(relative));
  }

  private SourceFile localFile(Path root, Path path) {
    return localFile(root, path, path);
  }

  private SourceFile localFile(Path root, Path path, Path target) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class);
      String relative = relative(root, path);
      return new SourceFile(
          0,
          target.toUri().toString(),
          relative,
          attrs.size(),
          attrs.lastModifiedTime().toInstant(),
          ArchiveDates.fromPath(relative));
    } catch (IOException e) {
      // Unreadable metadata still yields an entry: the processor records it as a reject.
      String relative = relative(root, path);
      return new SourceFile(
          0,
          target.toUri().toString(),
          relative,
          -1,
          java.time.Instant.EPOCH,
          ArchiveDates.fromPath(relative));
    }
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static boolean isHidden(Path relative) {
    for (Path segment : relative) {
      String name = segment.toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private List<SourceFile> listHadoop(URI root) {
    try {
      FileSystem fs = FileSystem.get(root, hadoop);
      org.apache.hadoop.fs.Path rootPath = new org.apache.hadoop.fs.Path(root);
      String prefix = fs.makeQualified(rootPath).toUri().getPath();
      List<SourceFile> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(rootPath, true);
      while (it.hasNext()) {
        LocatedFileStatus status = it.next();
        String full = status.getPath().toUri().getPath();
        String relative =
            full.equals(prefix)
                ? status.getPath().getName()
                : full.substring(prefix.length()).replaceFirst("^/", "");
        if (status.isFile() && !isHidden(Path.of(relative))) {
          files.add(
              new SourceFile(
                  0,
                  status.getPath().toString(),
                  relative,
                  status.getLen(),
                  java.time.Instant.ofEpochMilli(status.getModificationTime()),
                  ArchiveDates.fromPath(relative)));
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + root, e);
    }
  }
}
