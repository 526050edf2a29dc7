package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContainerSplitterTests {

  private final ContainerSplitter splitter = new ContainerSplitter(IngestProperties.defaults());

  static SourceFile file(String name) {
    return new SourceFile(0, "file:/in/" + name, name, 100, Instant.EPOCH, Optional.empty());
  }

  static String text(RawDocument document) {
    return new String(document.content(), StandardCharsets.UTF_8);
  }

  @Test
  void aPlainFileIsOneDocument() {
    ContainerSplit split = splitter.split(file("a.txt"), bytes("Just a story."));

    assertThat(split.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.member()).isZero();
              assertThat(text(d)).isEqualTo("Just a story.");
            });
  }

  @Test
  void mboxYieldsOneDocumentPerMessage() {
    String mbox =
        "From a@example.org Thu Jul 13 09:00:00 2023\nSubject: One\n\nFirst body.\n\n"
            + "From b@example.org Thu Jul 13 10:00:00 2023\nSubject: Two\n\nSecond body.\n";

    ContainerSplit split = splitter.split(file("wire.mbox"), bytes(mbox));

    assertThat(split.documents()).extracting(RawDocument::member).containsExactly(1, 2);
    assertThat(text(split.documents().get(1))).startsWith("Subject: Two");
    assertThat(split.documents().get(0).declaredType()).hasValue("message/rfc822");
  }

  @Test
  void reutersSgmlYieldsOneDocumentPerStory() {
    String sgml =
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
            + "<REUTERS NEWID=\"1\"><TEXT><TITLE>ONE</TITLE><BODY>First.</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"2\"><TEXT><TITLE>TWO</TITLE><BODY>Second.</BODY></TEXT></REUTERS>\n";

    ContainerSplit split = splitter.split(file("reut2-000.sgm"), bytes(sgml));

    assertThat(split.documents()).hasSize(2);
    assertThat(text(split.documents().get(1))).contains("<TITLE>TWO</TITLE>");
  }

  @Test
  void gzipIsDecompressedAndThenSplit() throws Exception {
    String sgml = "<REUTERS NEWID=\"1\"><TEXT><BODY>First.</BODY></TEXT></REUTERS>";

    ContainerSplit split = splitter.split(file("reut2-000.sgm.gz"), gzip(bytes(sgml)));

    assertThat(split.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.member()).isEqualTo(1));
  }

  @Test
  void warcYieldsHtmlResponsesOnly() {
    String html = "<html><body><p>Story.</p></body></html>";
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + html.length()
            + "\r\n\r\n"
            + html;
    String warc =
        record("response", "https://example.org/story", "application/http; msgtype=response", http)
            + record(
                "request",
                "https://example.org/story",
                "application/http; msgtype=request",
                "GET /story HTTP/1.1\r\nHost: example.org\r\n\r\n");

    ContainerSplit split = splitter.split(file("crawl.warc"), bytes(warc));

    assertThat(split.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.name()).isEqualTo("https://example.org/story");
              assertThat(d.declaredType())
                  .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
              assertThat(text(d)).isEqualTo(html);
            });
  }

  @Nested
  class Refusals {

    @Test
    void zipEntriesThatEscapeTheArchiveAreUnsafe() throws Exception {
      ContainerSplit split =
          splitter.split(
              file("bundle.zip"),
              zip(
                  "good.txt",
                  "A good story.",
                  "../../etc/passwd",
                  "root:x:0:0",
                  "/abs.txt",
                  "absolute"));

      assertThat(split.documents()).extracting(RawDocument::name).containsExactly("good.txt");
      assertThat(split.failures())
          .extracting(f -> f.failure().reason())
          .containsExactly(RejectReason.UNSAFE, RejectReason.UNSAFE);
    }

    @Test
    void gzipBombIsTooLarge() throws Exception {
      ContainerSplitter small =
          new ContainerSplitter(new IngestProperties(1 << 20, 1000, 10, 1 << 16));

      ContainerSplit split = small.split(file("bomb.txt.gz"), gzip(new byte[1 << 20]));

      assertThat(split.documents()).isEmpty();
      assertThat(split.failures())
          .singleElement()
          .satisfies(f -> assertThat(f.failure().reason()).isEqualTo(RejectReason.TOO_LARGE));
    }

    @Test
    void membersBeyondTheLimitAreCountedAsRejected() {
      ContainerSplitter small =
          new ContainerSplitter(new IngestProperties(1 << 20, 1000, 1, 1 << 20));
      String mbox = "From a\nSubject: 1\n\nx\nFrom b\nSubject: 2\n\ny\nFrom c\nSubject: 3\n\nz\n";

      ContainerSplit split = small.split(file("many.mbox"), bytes(mbox));

      assertThat(split.documents()).hasSize(1);
      assertThat(split.failures())
          .singleElement()
          .satisfies(f -> assertThat(f.failure().message()).contains("3 members"));
    }
  }

  private static String record(String type, String uri, String contentType, String block) {
    int length = block.getBytes(StandardCharsets.UTF_8).length;
    return "WARC/1.0\r\nWARC-Type: "
        + type
        + "\r\nWARC-Target-URI: "
        + uri
        + "\r\nWARC-Date: 2023-07-13T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
        + java.util.UUID.randomUUID()
        + ">\r\nContent-Type: "
        + contentType
        + "\r\nContent-Length: "
        + length
        + "\r\n\r\n"
        + block
        + "\r\n\r\n";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  private static byte[] zip(String... namesAndContents) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(bytes(namesAndContents[i + 1]));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
