package io.newsetl.ingest;

/** Cheap looks at raw bytes before parsing. */
final class ContentChecks {

  private static final int SAMPLE = 8192;

  private ContentChecks() {}

  /** True when every byte is a NUL, a space or a line or tab character. */
  static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the start of a supposedly textual file is mostly control bytes. UTF-16 text (a byte
   * order mark, or NULs at every other position) is not binary.
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE);
    if (n >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return false;
    }
    int control = 0;
    int nulAtEven = 0;
    int nulAtOdd = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        if (i % 2 == 0) {
          nulAtEven++;
        } else {
          nulAtOdd++;
        }
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    boolean utf16 = Math.max(nulAtEven, nulAtOdd) > n / 3 && Math.min(nulAtEven, nulAtOdd) < n / 50;
    return !utf16 && control > n / 10;
  }
}
