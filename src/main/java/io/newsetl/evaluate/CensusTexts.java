package io.newsetl.evaluate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Plain article texts for a survey, in a fixed order: the {@code .txt} files of a folder (all
 * depths, sorted by path), one {@code .txt} file, the {@code .txt} entries of a {@code .tar.gz}
 * (BBC News), or the articles of the JSON arrays in a {@code .zip} or {@code .json} file
 * (SaudiNewsNet: {@code title} and {@code content}, joined by a blank line). Texts are UTF-8.
 */
public final class CensusTexts {

  /** One text and where it came from. */
  public record Text(String name, String text) {}

  private CensusTexts() {}

  /** At most {@code limit} texts of {@code input} (0: all of them). */
  public static List<Text> read(Path input, int limit) throws IOException {
    Reader reader = new Reader(limit <= 0 ? Integer.MAX_VALUE : limit);
    String name = input.getFileName() == null ? "" : input.getFileName().toString();
    if (Files.isDirectory(input)) {
      reader.folder(input);
    } else if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      reader.tar(input);
    } else if (name.endsWith(".zip")) {
      reader.zip(input);
    } else if (name.endsWith(".json")) {
      try (InputStream in = Files.newInputStream(input)) {
        reader.jsonArray(in, name);
      }
    } else if (name.endsWith(".txt")) {
      reader.add(name, Files.readAllBytes(input));
    } else {
      throw new IllegalArgumentException(
          "not a folder, .txt, .json, .zip or .tar.gz file: " + input);
    }
    return reader.texts;
  }

  private static final class Reader {
    private final int limit;
    private final List<Text> texts = new ArrayList<>();

    Reader(int limit) {
      this.limit = limit;
    }

    boolean full() {
      return texts.size() >= limit;
    }

    void add(String name, byte[] bytes) {
      if (!full()) {
        texts.add(new Text(name, new String(bytes, StandardCharsets.UTF_8)));
      }
    }

    void folder(Path folder) throws IOException {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().endsWith(".txt"))
                .sorted()
                .toList();
      }
      for (Path file : files) {
        if (full()) {
          return;
        }
        add(folder.relativize(file).toString(), Files.readAllBytes(file));
      }
    }

    void tar(Path archive) throws IOException {
      try (TarArchiveInputStream tar =
          new TarArchiveInputStream(
              new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive))))) {
        for (TarArchiveEntry entry = tar.getNextEntry();
            entry != null && !full();
            entry = tar.getNextEntry()) {
          if (entry.isFile() && entry.getName().endsWith(".txt")) {
            add(entry.getName(), tar.readAllBytes());
          }
        }
      }
    }

    void zip(Path archive) throws IOException {
      try (ZipInputStream in =
          new ZipInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
        for (ZipEntry entry = in.getNextEntry();
            entry != null && !full();
            entry = in.getNextEntry()) {
          if (entry.getName().endsWith(".json")) {
            jsonArray(in, entry.getName());
          }
        }
      }
    }

    void jsonArray(InputStream in, String name) throws IOException {
      ArticleArrays.forEach(
          in,
          name,
          (index, title, content) -> {
            String text = title.isBlank() ? content : title + "\n\n" + content;
            if (!text.isBlank()) {
              add(name + "#" + index, text.getBytes(StandardCharsets.UTF_8));
            }
            return !full();
          });
    }
  }
}
