package io.newsetl.ingest;

import java.io.IOException;
import java.io.InputStream;

/** The start of a stream that an encoding detector examines, read without consuming it. */
final class EncodingSample {

  /** Bytes an encoding detector examines. */
  static final int SIZE = 64 * 1024;

  private EncodingSample() {}

  /** Up to {@link #SIZE} bytes from the stream's position; the stream is reset to it. */
  static byte[] read(InputStream input) throws IOException {
    input.mark(SIZE);
    try {
      return input.readNBytes(SIZE);
    } finally {
      input.reset();
    }
  }
}
