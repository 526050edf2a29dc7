package io.newsetl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Says ISO-8859-1 when the start of the content holds only printable ASCII (and tab, line feed,
 * vertical tab, form feed, carriage return). Every charset a statistical detector would name for
 * such bytes decodes them the same, except the EBCDIC ones, which turn them into garbage: ICU4J's
 * detector names ISO-8859-2, ISO-8859-9 or even IBM424 for some short English texts, and costs more
 * than parsing them. Answers nothing for empty content or content with other bytes (NUL of UTF-16,
 * the escape of ISO-2022, any byte above 127), leaving those to the next detector. Thread-safe.
 */
public final class PrintableAsciiDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    return isPrintableAscii(EncodingSample.read(input)) ? StandardCharsets.ISO_8859_1 : null;
  }

  static boolean isPrintableAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (!((b >= 0x20 && b < 0x7f) || (b >= '\t' && b <= '\r'))) {
        return false;
      }
    }
    return bytes.length > 0;
  }
}
