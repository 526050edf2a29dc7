package io.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsetl.article.SourceFile;
import io.newsetl.ingest.InputLister;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchInputTests {

  @TempDir Path corpus;
  @TempDir Path work;

  private void write(String path, String text) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void theCorpusIsItsVisibleFilesInPathOrder() throws IOException {
    write("2024/03/05/b.txt", "b");
    write("2024/03/04/a.html", "a");
    write("2024/03/04/.hidden.txt", "h");
    write("_staging/x.txt", "x");

    assertThat(BenchInput.corpusFiles(corpus))
        .extracting(Path::toString)
        .containsExactly("2024/03/04/a.html", "2024/03/05/b.txt");
  }

  @Test
  void copiesHaveOtherPathsAndKeepTheirArchiveDate() throws IOException {
    write("2024/03/04/a.txt", "alpha");
    write("2024/03/05/b.txt", "beta!");
    Path input = work.resolve("input");

    long bytes = BenchInput.build(corpus, BenchInput.corpusFiles(corpus), input, 5);

    List<SourceFile> files = new InputLister().list(input.toString());
    assertThat(files)
        .extracting(SourceFile::relativePath)
        .containsExactly(
            "c000/2024/03/04/a.txt",
            "c000/2024/03/05/b.txt",
            "c001/2024/03/04/a.txt",
            "c001/2024/03/05/b.txt",
            "c002/2024/03/04/a.txt");
    assertThat(files.get(3).pathDate()).contains(LocalDate.of(2024, 3, 5));
    assertThat(bytes).isEqualTo(25);
    assertThat(Files.readString(input.resolve("c002/2024/03/04/a.txt"))).isEqualTo("alpha");
  }

  @Test
  void anyFileIsAFileOfTheFolder() throws IOException {
    write("2024/03/04/a.txt", "alpha");

    assertThat(BenchInput.anyFile(corpus)).isEqualTo(corpus.resolve("2024/03/04/a.txt"));
  }

  @Test
  void aFolderWithoutFilesHasNoFileToStartWith() {
    assertThatThrownBy(() -> BenchInput.anyFile(corpus))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no file");
  }
}
