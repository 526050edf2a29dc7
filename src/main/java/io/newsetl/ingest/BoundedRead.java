package io.newsetl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a stream into memory without ever holding more than a limit. Bytes are gathered in blocks
 * and copied once at the end, so the peak is twice the content, never the three times of a doubling
 * buffer.
 */
final class BoundedRead {

  private static final int BLOCK = 1 << 20;

  private BoundedRead() {}

  /** All bytes of the stream, or empty when it holds more than {@code limit} bytes. */
  static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
    List<byte[]> blocks = new ArrayList<>();
    long total = 0;
    while (true) {
      byte[] block = in.readNBytes((int) Math.min(BLOCK, limit - total + 1));
      total += block.length;
      if (total > limit) {
        return Optional.empty();
      }
      if (block.length == 0) {
        break;
      }
      blocks.add(block);
    }
    byte[] all = new byte[(int) total];
    int at = 0;
    for (byte[] block : blocks) {
      System.arraycopy(block, 0, all, at, block.length);
      at += block.length;
    }
    return Optional.of(all);
  }

  /**
   * A stream of a known length read into one array of that length; empty when the stream turns out
   * longer than {@code limit}. A stream shorter than announced is returned as it is.
   */
  static Optional<byte[]> readKnownLength(InputStream in, long length, long limit)
      throws IOException {
    if (length < 0 || length > limit) {
      return readAtMost(in, limit);
    }
    byte[] content = in.readNBytes((int) length);
    if (content.length == length && in.read() != -1) {
      // the file grew after it was listed: read it the careful way
      return Optional.empty();
    }
    return Optional.of(content);
  }
}
