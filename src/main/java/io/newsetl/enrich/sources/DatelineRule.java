package io.newsetl.enrich.sources;

/**
 * Recognizes an agency in the dateline that opens a story: "WASHINGTON (Reuters) -", "(AP) —",
 * "MADRID, 13 jul (EFE).-", "МОСКВА, 13 июля. /ТАСС/.", "القاهرة - أ ش أ", "新华社北京7月13日电".
 */
final class DatelineRule {

  /** Datelines sit in the first lines; a place and date before the agency are short. */
  private static final int MAX_OFFSET = 400;

  private static final int MAX_PREFIX = 80;
  private static final int MAX_LINES_BEFORE = 2;

  private DatelineRule() {}

  static boolean matches(HitContext c) {
    AliasHit hit = c.hit;
    int lineStart = c.lineStart(hit.wordStart());
    if (hit.wordStart() > MAX_OFFSET
        || hit.wordStart() - lineStart > MAX_PREFIX
        || nonEmptyLines(c.folded, lineStart) > MAX_LINES_BEFORE) {
      return false;
    }
    if (AliasIndex.isHan(c.folded.charAt(hit.foldedStart()))) {
      return chineseDateline(c, lineStart);
    }
    int before = c.skipBlanksBack(hit.wordStart());
    int after = c.skipBlanks(hit.foldedEnd());
    char open = before > lineStart ? c.charAt(before - 1) : '\n';
    char close = c.charAt(after);
    if (wraps(open, close)) {
      // A bracketed agency closing its line is a sign-off, not a dateline.
      char next = c.charAt(c.skipBlanks(after + 1));
      return next != '\n' && next != '\r' && isSeparator(next);
    }
    if (open == '-') {
      boolean placeBefore = c.skipBlanksBack(before - 1) > lineStart;
      return placeBefore && isSeparator(close);
    }
    return open == '\n' && (close == '-' || close == ':');
  }

  /** "新华社北京7月13日电": the agency opens the line and "电" (or "讯") follows shortly. */
  private static boolean chineseDateline(HitContext c, int lineStart) {
    String prefix = c.folded.substring(lineStart, c.hit.wordStart()).strip();
    if (!prefix.isEmpty() && !prefix.matches("[(\\[【（]+")) {
      return false;
    }
    int limit = Math.min(c.folded.length(), c.hit.foldedEnd() + 25);
    for (int i = c.hit.foldedEnd(); i < limit; i++) {
      char ch = c.folded.charAt(i);
      if (ch == '电' || ch == '讯') {
        return true;
      }
      if (ch == '\n' || ch == '。') {
        return false;
      }
    }
    return false;
  }

  static boolean wraps(char open, char close) {
    return (open == '(' && close == ')')
        || (open == '（' && close == '）')
        || (open == '[' && close == ']')
        || (open == '/' && close == '/');
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == ':' || c == '.' || c == ',' || c == '\n' || c == '\r' || c == '|';
  }

  private static int nonEmptyLines(String folded, int end) {
    int lines = 0;
    boolean content = false;
    for (int i = 0; i < end; i++) {
      char ch = folded.charAt(i);
      if (ch == '\n') {
        lines += content ? 1 : 0;
        content = false;
      } else if (!Character.isWhitespace(ch)) {
        content = true;
      }
    }
    return lines;
  }
}
