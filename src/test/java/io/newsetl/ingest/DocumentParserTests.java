package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentParserTests {

  private static final DocumentParser PARSER = new DocumentParser(IngestProperties.defaults());

  static RawDocument document(String name, byte[] bytes) {
    SourceFile file =
        new SourceFile(0, "file:/in/" + name, name, bytes.length, Instant.EPOCH, Optional.empty());
    return RawDocument.wholeFile(file, bytes);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = DocumentParserTests.class.getResourceAsStream("/ingest/" + name)) {
      return in.readAllBytes();
    }
  }

  static ParsedDocument parsed(String name, byte[] bytes) {
    ParseOutcome outcome = PARSER.parse(document(name, bytes));
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) outcome).document();
  }

  @ParameterizedTest
  @CsvSource({
    "txt_windows-1256_arabic.txt, windows-1256, مايكروسوفت",
    "txt_iso-8859-6_arabic.txt,   ISO-8859-6,   مايكروسوفت",
    "txt_latin-1_french.txt,      ISO-8859-1,   syndicats ont réagi",
    "txt_gb2312_chinese.txt,      GB18030,      新华社北京7月13日电",
  })
  void decodesLegacyCharsets(String fixture, String charset, String expectedText)
      throws IOException {
    ParsedDocument doc = parsed(fixture, resource(fixture));

    assertThat(doc.charset()).hasValueSatisfying(c -> assertThat(c).isEqualToIgnoringCase(charset));
    assertThat(String.join("\n", doc.blocks()) + doc.title().orElse("")).contains(expectedText);
  }

  @Test
  void shortAsciiEarningsBriefIsReadAsLatin1NotAsEbcdic() {
    String brief =
        "    ATLANTA, April 21 -\n    Shr 14 cts vs 27 cts\n    Net 49.5 mln vs 5,328,206\n"
            + "    Revs 95.9 mln vs 48.8 mln\n Reuter\n";

    ParsedDocument doc = parsed("brief.txt", brief.getBytes(StandardCharsets.US_ASCII));

    assertThat(doc.charset()).hasValue("ISO-8859-1");
    assertThat(String.join("\n", doc.blocks())).contains("Net 49.5 mln vs 5,328,206");
  }

  @Test
  void plainTextTitleIsTheFirstLine() throws IOException {
    byte[] seed = Files.readAllBytes(Path.of("sample-input/2023/07/13/000_2974fc50fc4f2d80.txt"));

    ParsedDocument doc = parsed("000_2974fc50fc4f2d80.txt", seed);

    assertThat(doc.mediaType()).isEqualTo("text/plain");
    assertThat(doc.title())
        .hasValue(
            "ترفض الصين المزاعم بأن قراصنةها استهدفوا حسابات غربية ، متهمة الولايات المتحدة بنشر “معلومات مضللة”.");
    assertThat(String.join("\n", doc.blocks()))
        .startsWith("قالت شركة مايكروسوفت")
        .doesNotContain("ترفض الصين المزاعم");
  }

  @Test
  void readsPdfText() throws IOException {
    ParsedDocument doc = parsed("story.pdf", pdf("Markets rallied on Wednesday in Frankfurt."));

    assertThat(doc.mediaType()).isEqualTo("application/pdf");
    assertThat(String.join(" ", doc.blocks()) + doc.title().orElse("")).contains("Markets rallied");
  }

  @Test
  void readsNitfHeadlineDateAndBody() {
    String nitf =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <nitf><head><title>Rates on hold</title>
        <docdata><date.issue norm="20230713T101500Z"/><doc.copyright holder="Example Wire"/></docdata></head>
        <body><body.head><hedline><hl1>Central bank keeps rates on hold</hl1></hedline>
        <byline>By <person>Jane Doe</person> <byttl>Staff writer</byttl></byline><dateline>FRANKFURT, July 13</dateline></body.head>
        <body.content><p>The bank held rates steady on Thursday.</p><p>"We remain vigilant," she said.</p></body.content></body></nitf>
        """;

    ParsedDocument doc = parsed("story.xml", nitf.getBytes(StandardCharsets.UTF_8));

    assertThat(doc.title()).hasValue("Central bank keeps rates on hold");
    assertThat(doc.authors()).containsExactly("Jane Doe");
    assertThat(doc.publisher()).hasValue("Example Wire");
    assertThat(doc.published())
        .hasValueSatisfying(
            p -> assertThat(p.instant()).isEqualTo(Instant.parse("2023-07-13T10:15:00Z")));
    assertThat(doc.blocks())
        .containsExactly(
            "FRANKFURT, July 13",
            "The bank held rates steady on Thursday.",
            "\"We remain vigilant,\" she said.");
  }

  @Test
  void readsEmailSubjectSenderAndDate() {
    String eml =
        """
        From: Press Office <press@example.org>
        To: newsroom@example.com
        Subject: Ministry announces new rail line
        Date: Thu, 13 Jul 2023 09:30:00 +0200
        Content-Type: text/plain; charset=UTF-8

        The ministry announced on Thursday a new rail line between two cities.

        "This is a historic day," the minister said.
        """;

    ParsedDocument doc = parsed("release.eml", eml.getBytes(StandardCharsets.UTF_8));

    assertThat(doc.title()).hasValue("Ministry announces new rail line");
    assertThat(doc.authors()).contains("Press Office");
    assertThat(doc.published())
        .hasValueSatisfying(
            p -> assertThat(p.instant()).isEqualTo(Instant.parse("2023-07-13T07:30:00Z")));
    assertThat(String.join("\n", doc.blocks())).contains("new rail line between two cities");
  }

  @Nested
  class Rejects {

    @Test
    void emptyFile() {
      assertThat(reason("empty.txt", new byte[0])).isEqualTo(RejectReason.EMPTY);
    }

    @Test
    void nulFilledFile() {
      assertThat(reason("nul.txt", new byte[4096])).isEqualTo(RejectReason.EMPTY);
    }

    @Test
    void truncatedPdf() throws IOException {
      byte[] pdf = pdf("This document will be cut in half before parsing.");
      assertThat(reason("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2)))
          .isEqualTo(RejectReason.MALFORMED);
    }

    @Test
    void binaryJunkNamedHtml() {
      byte[] junk = new byte[8192];
      new Random(42).nextBytes(junk);
      assertThat(reason("junk.html", junk)).isIn(RejectReason.UNSUPPORTED, RejectReason.MALFORMED);
    }

    @Test
    void imageHasNoArticleText() {
      byte[] png = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
      };
      assertThat(reason("photo.png", png)).isEqualTo(RejectReason.UNSUPPORTED);
    }

    private RejectReason reason(String name, byte[] bytes) {
      ParseOutcome outcome = PARSER.parse(document(name, bytes));
      assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
      ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
      assertThat(failed.message()).isNotBlank().doesNotContain("\n");
      return failed.reason();
    }
  }

  static byte[] pdf(String line) throws IOException {
    return io.newsetl.hostile.OfficeFixtures.textPdf(line);
  }
}
