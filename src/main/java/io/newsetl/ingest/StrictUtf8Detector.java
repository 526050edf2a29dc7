package io.newsetl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Says UTF-8 when the start of the content holds multi-byte UTF-8 sequences and decodes as strict
 * UTF-8: text in a legacy 8-bit charset (windows-1256, ISO-8859-6, Latin-1) practically never does,
 * while statistical detectors sometimes take short UTF-8 pages for windows-1252. Answers nothing
 * for pure ASCII or invalid UTF-8, leaving those to the next detector. Thread-safe.
 */
public final class StrictUtf8Detector implements EncodingDetector {

  private static final long serialVersionUID = 1L;

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    byte[] sample = EncodingSample.read(input);
    return isMultiByteUtf8(sample, sample.length == EncodingSample.SIZE)
        ? StandardCharsets.UTF_8
        : null;
  }

  static boolean isMultiByteUtf8(byte[] bytes, boolean truncated) {
    int length = truncated ? completeLength(bytes) : bytes.length;
    boolean multiByte = false;
    for (int i = 0; i < length && !multiByte; i++) {
      multiByte = bytes[i] < 0;
    }
    if (!multiByte) {
      return false;
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      strict.decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  // A sample cut in the middle of a multi-byte sequence ends before that sequence.
  private static int completeLength(byte[] bytes) {
    int end = bytes.length;
    for (int back = 1; back <= 3 && end - back >= 0; back++) {
      int b = bytes[end - back] & 0xff;
      if (b >= 0xC0) {
        return end - back;
      }
      if (b < 0x80) {
        return end;
      }
    }
    return end;
  }
}
