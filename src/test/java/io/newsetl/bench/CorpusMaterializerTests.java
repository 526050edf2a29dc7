package io.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus built from small stand-ins of the four data sets, laid out as the real ones are. */
class CorpusMaterializerTests {

  @TempDir Path datasets;
  @TempDir Path corpus;

  private final CorpusLayout layout = new CorpusLayout(LocalDate.of(2024, 3, 4), 7);

  @Test
  void everySourceBecomesFilesOfItsFormatsUnderTheirDates() throws IOException {
    reuters();
    bbc();
    saudiNewsNet();
    extractionBenchmark();

    int written = new CorpusMaterializer(datasets, corpus, layout).materialize();

    assertThat(written).isEqualTo(7);
    assertThat(BenchInput.corpusFiles(corpus))
        .extracting(Path::toString)
        .containsExactlyInAnyOrder(
            "2024/03/04/reuters-5.pdf",
            "2024/03/05/reuters-6.txt",
            "2024/03/04/bbc-sport_001.txt",
            "2024/03/04/saudinewsnet-2015-08-01-0.html",
            "2024/03/05/saudinewsnet-2015-08-01-1.txt",
            "2024/03/04/aeb-0123456789abcdef.html",
            "2024/03/05/aeb-fedcba9876543210.html");
    assertThat(
            Files.readString(
                corpus.resolve("2024/03/04/reuters-5.pdf"), StandardCharsets.ISO_8859_1))
        .startsWith("%PDF");
    assertThat(read("2024/03/05/reuters-6.txt")).contains("TOKYO, March 2 - Shares fell.");
    assertThat(read("2024/03/04/saudinewsnet-2015-08-01-0.html"))
        .contains("<h1>عنوان</h1>")
        .contains("<p>فقرة أولى</p>");
    assertThat(read("2024/03/05/saudinewsnet-2015-08-01-1.txt")).isEqualTo("عنوان ثان\n\nنص ثان");
    assertThat(read("2024/03/04/bbc-sport_001.txt")).isEqualTo("Title\n\nBody.");
  }

  @Test
  void absentDataSetsAreLeftOut() throws IOException {
    assertThat(new CorpusMaterializer(datasets, corpus, layout).materialize()).isZero();
  }

  @Test
  void aDocxRenderingKeepsTheText() throws IOException {
    byte[] docx = DocumentRenderer.docx("Title", "First paragraph.\n\nSecond\nparagraph.");

    assertThat(docx).startsWith((byte) 'P', (byte) 'K');
    assertThat(DocumentRenderer.paragraphs("First paragraph.\n\nSecond\nparagraph.\n \n"))
        .containsExactly("First paragraph.", "Second paragraph.");
  }

  private String read(String path) throws IOException {
    return Files.readString(corpus.resolve(path), StandardCharsets.UTF_8);
  }

  private void reuters() throws IOException {
    String sgml =
        "<REUTERS NEWID=\"5\"><TEXT><DATELINE>NEW YORK, March 1 - </DATELINE><BODY>Prices rose &amp; fell.</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"6\"><TEXT><DATELINE>TOKYO, March 2 - </DATELINE><BODY>Shares fell.</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"7\"><TEXT><TITLE>no body</TITLE></TEXT></REUTERS>\n";
    Path folder = Files.createDirectories(datasets.resolve("reuters21578"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(folder.resolve("reut2-000.sgm.gz")))) {
      out.write(sgml.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  private void bbc() throws IOException {
    Path archive =
        Files.createDirectories(datasets.resolve("bbc-news")).resolve("bbc-fulltext.tar.gz");
    byte[] text = "Title\n\nBody.".getBytes(StandardCharsets.UTF_8);
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(archive)))) {
      for (String name : new String[] {"bbc/README.TXT", "bbc/sport/001.txt"}) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(text.length);
        tar.putArchiveEntry(entry);
        tar.write(text);
        tar.closeArchiveEntry();
      }
    }
  }

  private void saudiNewsNet() throws IOException {
    String json =
        "[{\"title\": \"عنوان\", \"content\": \"فقرة أولى\\n\\nفقرة ثانية\"},"
            + " {\"title\": \"فارغ\", \"content\": \"\"},"
            + " {\"title\": \"عنوان ثان\", \"content\": \"نص ثان\"}]";
    Path folder = Files.createDirectories(datasets.resolve("saudinewsnet/dataset"));
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(folder.resolve("2015-08-01.zip")))) {
      zip.putNextEntry(new ZipEntry("2015-08-01.json"));
      zip.write(json.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private void extractionBenchmark() throws IOException {
    Path folder = Files.createDirectories(datasets.resolve("article-extraction-benchmark/html"));
    for (String id : new String[] {"0123456789abcdef00", "fedcba987654321000"}) {
      try (OutputStream out =
          new GZIPOutputStream(Files.newOutputStream(folder.resolve(id + ".html.gz")))) {
        out.write("<html><body><p>Page</p></body></html>".getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
