package io.newsetl.article;

/** Checks character offsets of mentions. */
final class Spans {

  private Spans() {}

  static void check(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
    }
  }
}
