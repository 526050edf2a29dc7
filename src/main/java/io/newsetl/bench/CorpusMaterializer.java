package io.newsetl.bench;

import io.newsetl.bench.CorpusLayout.Format;
import io.newsetl.evaluate.ArticleArrays;
import io.newsetl.evaluate.ReutersSgml;
import io.newsetl.evaluate.SgmlStory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Builds the mixed benchmark corpus from the public data sets in one folder: the Reuters-21578
 * stories and the BBC News texts as plain text (2% of the Reuters stories as PDF and DOCX), the
 * SaudiNewsNet articles as Arabic text and HTML, and the article-extraction-benchmark pages as
 * HTML, filed by {@link CorpusLayout}. A data set that is absent is left out. Not thread-safe.
 */
public final class CorpusMaterializer {

  private final Path datasets;
  private final Path target;
  private final CorpusLayout layout;
  private int written;

  /**
   * @param datasets the folder holding {@code reuters21578}, {@code bbc-news}, {@code saudinewsnet}
   *     and {@code article-extraction-benchmark}
   * @param target the folder the corpus is written to
   */
  public CorpusMaterializer(Path datasets, Path target, CorpusLayout layout) {
    this.datasets = datasets;
    this.target = target;
    this.layout = layout;
  }

  /**
   * Writes the corpus and returns how many files it holds.
   *
   * @throws IOException when a data set cannot be read or a file cannot be written
   */
  public int materialize() throws IOException {
    reuters(datasets.resolve("reuters21578"));
    bbc(datasets.resolve("bbc-news/bbc-fulltext.tar.gz"));
    saudiNewsNet(datasets.resolve("saudinewsnet/dataset"));
    extractionBenchmark(datasets.resolve("article-extraction-benchmark/html"));
    return written;
  }

  private void reuters(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    int n = 0;
    for (Path file : ReutersSgml.files(folder)) {
      for (SgmlStory story : ReutersSgml.read(file)) {
        Format format = CorpusLayout.latinFormat(n);
        String title = "Reuters " + story.newId();
        byte[] bytes =
            switch (format) {
              case PDF -> DocumentRenderer.pdf(title, story.text());
              case DOCX -> DocumentRenderer.docx(title, story.text());
              default -> story.text().getBytes(StandardCharsets.UTF_8);
            };
        write(layout.pathOf("reuters", n++, story.newId(), format), bytes);
      }
    }
  }

  private void bbc(Path archive) throws IOException {
    if (!Files.isRegularFile(archive)) {
      return;
    }
    int n = 0;
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive))))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        String name = entry.getName();
        if (entry.isFile() && name.matches("bbc/[a-z]+/\\d+\\.txt")) {
          String id = name.substring(4, name.length() - 4);
          write(layout.pathOf("bbc", n++, id, Format.TXT), tar.readAllBytes());
        }
      }
    }
  }

  private void saudiNewsNet(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    int n = 0;
    for (Path zip : sorted(folder, ".zip")) {
      try (ZipInputStream in =
          new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          if (entry.getName().endsWith(".json")) {
            n = saudiArticles(in, stripExtension(entry.getName()), n);
          }
        }
      }
    }
  }

  private int saudiArticles(InputStream in, String day, int first) throws IOException {
    int[] n = {first};
    ArticleArrays.forEach(
        in,
        day,
        (index, title, content) -> {
          if (!content.isBlank()) {
            Format format = CorpusLayout.arabicFormat(n[0]);
            byte[] bytes =
                format == Format.HTML
                    ? DocumentRenderer.html(title, content)
                    : (title + "\n\n" + content).getBytes(StandardCharsets.UTF_8);
            write(layout.pathOf("saudinewsnet", n[0], day + "-" + (n[0] - first), format), bytes);
            n[0]++;
          }
          return true;
        });
    return n[0];
  }

  private void extractionBenchmark(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    int n = 0;
    for (Path page : sorted(folder, ".html.gz")) {
      String id = page.getFileName().toString().substring(0, 16);
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        write(layout.pathOf("aeb", n++, id, Format.HTML), in.readAllBytes());
      }
    }
  }

  private void write(String relativePath, byte[] bytes) throws IOException {
    Path file = target.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    written++;
  }

  private static List<Path> sorted(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  private static String stripExtension(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return name.substring(slash + 1, dot > slash ? dot : name.length());
  }
}
