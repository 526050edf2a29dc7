package io.newsetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CensusTextsTests {

  private static final String ARTICLES =
      """
      [{"title": "قمة", "content": "وصل الرئيس إلى الرياض."},
       {"title": "", "content": ""},
       {"title": "", "content": "بلا عنوان"}]
      """;

  @TempDir Path dir;

  @Test
  void aFoldersTextFilesInPathOrderAtAllDepths() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "second");
    Files.writeString(dir.resolve("a.txt"), "first");
    Files.writeString(dir.resolve("b/notes.md"), "not a text");

    assertThat(CensusTexts.read(dir, 0))
        .extracting(CensusTexts.Text::name, CensusTexts.Text::text)
        .containsExactly(
            tuple("a.txt", "first"), tuple(Path.of("b", "2.txt").toString(), "second"));
    assertThat(CensusTexts.read(dir, 1)).hasSize(1);
  }

  @Test
  void theTextEntriesOfATarGz() throws IOException {
    Path archive = dir.resolve("bbc.tar.gz");
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(archive)))) {
      entry(tar, "bbc/README.md", "readme");
      entry(tar, "bbc/tech/001.txt", "Microsoft said");
    }

    assertThat(CensusTexts.read(archive, 0))
        .singleElement()
        .satisfies(t -> assertThat(t.text()).isEqualTo("Microsoft said"));
  }

  @Test
  void theArticlesOfJsonArraysInAZipWithTitleAndBody() throws IOException {
    Path archive = dir.resolve("day.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
      zip.putNextEntry(new ZipEntry("2015-08-02.json"));
      zip.write(ARTICLES.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThat(CensusTexts.read(archive, 0))
        .extracting(CensusTexts.Text::name, CensusTexts.Text::text)
        .containsExactly(
            tuple("2015-08-02.json#0", "قمة\n\nوصل الرئيس إلى الرياض."),
            tuple("2015-08-02.json#2", "بلا عنوان"));
  }

  @Test
  void aJsonFileThatIsNotAnArrayIsNamed() throws IOException {
    Path file = dir.resolve("one.json");
    Files.writeString(file, "{\"title\": \"x\"}");

    assertThatThrownBy(() -> CensusTexts.read(file, 0))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("one.json is not a JSON array");
  }

  @Test
  void otherFilesAreRefused() throws IOException {
    Path file = dir.resolve("page.html");
    Files.writeString(file, "<p>x</p>");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CensusTexts.read(file, 0))
        .withMessageContaining("page.html");
  }

  private static void entry(TarArchiveOutputStream tar, String name, String text)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }
}
