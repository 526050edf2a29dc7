package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListerTests {

  @TempDir Path root;
  @TempDir Path outside;

  @Test
  void listsVisibleRegularFilesInStableOrderWithIndexesAndDates() throws Exception {
    write("2023/07/13/b.txt");
    write("2023/07/13/a.txt");
    write("2023-07-12/c.html");
    write("inbox/d.eml");
    write(".git/config");
    write("2023/07/13/.DS_Store");
    write("_tmp/partial.txt");

    List<SourceFile> files = new InputLister().list(root.toString());

    assertThat(files)
        .extracting(SourceFile::relativePath)
        .containsExactly(
            "2023-07-12/c.html", "2023/07/13/a.txt", "2023/07/13/b.txt", "inbox/d.eml");
    assertThat(files).extracting(SourceFile::index).containsExactly(0L, 1L, 2L, 3L);
    assertThat(files.get(1).pathDate()).hasValue(LocalDate.of(2023, 7, 13));
    assertThat(files.get(3).pathDate()).isEmpty();
    assertThat(files.get(1).uri()).startsWith("file:/");
  }

  @Test
  void followsLinksInsideTheRootOnlyAndSurvivesLoops() throws Exception {
    Path inside = write("real/story.txt");
    Files.writeString(outside.resolve("secret.txt"), "not part of the input");
    Files.createSymbolicLink(root.resolve("link-inside.txt"), inside);
    Files.createSymbolicLink(root.resolve("link-outside.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(root.resolve("loop-a"), root.resolve("loop-b"));
    Files.createSymbolicLink(root.resolve("loop-b"), root.resolve("loop-a"));
    Files.createSymbolicLink(root.resolve("dir-outside"), outside);

    List<SourceFile> files = new InputLister().list(root.toString());

    // Refused links stay in the listing as themselves; reading them yields a counted reject.
    assertThat(files)
        .extracting(SourceFile::relativePath)
        .containsExactly(
            "dir-outside",
            "link-inside.txt",
            "link-outside.txt",
            "loop-a",
            "loop-b",
            "real/story.txt");
    assertThat(files.get(1).uri()).isEqualTo(inside.toRealPath().toUri().toString());
    SourceReader reader = new SourceReader(IngestProperties.defaults());
    assertThat(reason(reader, files.get(0))).isEqualTo(RejectReason.UNSUPPORTED);
    assertThat(reason(reader, files.get(2))).isEqualTo(RejectReason.UNSAFE);
    assertThat(reason(reader, files.get(3))).isEqualTo(RejectReason.UNREADABLE);
    assertThat(reader.read(files.get(1))).isPresent();
  }

  private static RejectReason reason(SourceReader reader, SourceFile file) {
    try {
      reader.read(file);
      throw new AssertionError(file.relativePath() + " was read");
    } catch (RefusedInputException e) {
      return e.reason();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSingleFileIsAnInputToo() throws Exception {
    Path file = write("2023/07/13/only.txt");

    List<SourceFile> files = new InputLister().list(file.toString());

    assertThat(files).extracting(SourceFile::relativePath).containsExactly("only.txt");
  }

  private Path write(String path) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "content of " + path);
    return file;
  }
}
