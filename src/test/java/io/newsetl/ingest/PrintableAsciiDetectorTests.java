package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableAsciiDetectorTests {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "US-ASCII     | Net 10.5 mln vs 8,697,589\\r\\n\\tRevs 71.9 mln\\f | true",
        "ISO-8859-1   | Café déjà vu                                       | false",
        "UTF-8        | Café déjà vu                                       | false",
        "UTF-16LE     | plain ASCII in two bytes a character                | false",
        "ISO-2022-JP  | 新華社                                              | false",
        "US-ASCII     | a DEL\\u007f byte                                   | false",
      })
  void answersLatin1OnlyForPrintableAscii(String charset, String text, boolean ascii)
      throws IOException {
    String unescaped =
        text.replace("\\r", "\r")
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\f", "\f")
            .replace("\\u007f", "\u007f");
    byte[] bytes = unescaped.getBytes(Charset.forName(charset));

    Charset detected =
        new PrintableAsciiDetector().detect(new ByteArrayInputStream(bytes), new Metadata());

    assertThat(detected).isEqualTo(ascii ? StandardCharsets.ISO_8859_1 : null);
  }

  @Test
  void answersNothingForEmptyContentOrNoStream() throws IOException {
    PrintableAsciiDetector detector = new PrintableAsciiDetector();

    assertThat(detector.detect(new ByteArrayInputStream(new byte[0]), new Metadata())).isNull();
    assertThat(detector.detect(null, new Metadata())).isNull();
  }

  @Test
  void leavesTheStreamWhereItWas() throws IOException {
    InputStream in =
        new ByteArrayInputStream("Shr 30 cts vs 25 cts".getBytes(StandardCharsets.UTF_8));

    new PrintableAsciiDetector().detect(in, new Metadata());

    assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
        .isEqualTo("Shr 30 cts vs 25 cts");
  }
}
