package io.newsetl.bench;

import io.newsetl.bench.CorpusSample.Pick;
import io.newsetl.ingest.InputLister;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lays out the input of a benchmark run: the files {@link CorpusSample} picks from a corpus folder,
 * each as {@code c<copy>/<path in the corpus>}, so that every copy of a file has another path and
 * therefore other article ids, while the archive date in the path stays the same. Files are hard
 * links to the corpus where the file system allows it, else copies. Not thread-safe.
 */
public final class BenchInput {

  private BenchInput() {}

  /**
   * The files of a corpus folder as the ingest job lists them (visible regular files, by relative
   * path), relative to the folder.
   *
   * @throws java.io.UncheckedIOException when the folder cannot be listed
   */
  public static List<Path> corpusFiles(Path corpus) {
    return new InputLister()
        .list(corpus.toString()).stream().map(file -> Path.of(file.relativePath())).toList();
  }

  /**
   * The first regular file found below a folder (in no particular order), found without listing the
   * whole folder.
   *
   * @throws IOException when the folder cannot be read or holds no file
   */
  public static Path anyFile(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .findFirst()
          .orElseThrow(() -> new IOException("no file in " + folder));
    }
  }

  /**
   * Writes the input for {@code wanted} files into {@code input} and returns its size in bytes.
   *
   * @param files the corpus files, relative to {@code corpus}
   * @throws IOException when a file cannot be linked or copied
   */
  public static long build(Path corpus, List<Path> files, Path input, int wanted)
      throws IOException {
    long bytes = 0;
    for (Pick pick : CorpusSample.picks(files.size(), wanted)) {
      Path source = corpus.resolve(files.get(pick.file()));
      Path link = input.resolve(copyFolder(pick.copy())).resolve(files.get(pick.file()));
      Files.createDirectories(link.getParent());
      try {
        Files.createLink(link, source);
      } catch (UnsupportedOperationException | FileSystemException e) {
        Files.copy(source, link);
      }
      bytes += Files.size(link);
    }
    return bytes;
  }

  /** The folder of one copy of the corpus: {@code c000}, {@code c001}, … */
  static String copyFolder(int copy) {
    return String.format(Locale.ROOT, "c%03d", copy);
  }
}
