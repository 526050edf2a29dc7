package io.newsetl.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads JSON text as found in web pages into plain Java values: {@code Map<String, Object>} for
 * objects (in source order), {@code List<Object>} for arrays, {@code String}, {@code Double} and
 * {@code Boolean}. JSON {@code null} members and array elements are dropped.
 *
 * <p>Lenient where pages commonly are: raw control characters inside strings, trailing commas,
 * surrounding HTML comment markers ({@code <!-- -->}, {@code //<![CDATA[}) and unknown escapes are
 * accepted. Nesting deeper than {@value #MAX_DEPTH} levels is refused.
 *
 * <p>Stateless and thread-safe. {@link #parse} never throws: text that is not JSON gives an empty
 * result.
 */
public final class LenientJsonParser {

  static final int MAX_DEPTH = 64;

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private LenientJsonParser() {}

  /** The value of {@code text}, or empty when it is not (lenient) JSON or is JSON null. */
  public static Optional<Object> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      Cursor cursor = new Cursor(stripWrappers(text));
      Object value = cursor.value(0);
      cursor.skipSpace();
      return cursor.atEnd() ? Optional.ofNullable(value) : Optional.empty();
    } catch (MalformedJson e) {
      return Optional.empty();
    }
  }

  private static String stripWrappers(String text) {
    String s = text.strip();
    s = s.replaceFirst("^(?://\\s*)?<!\\[CDATA\\[", "").replaceFirst("(?://\\s*)?]]>$", "");
    s = s.replaceFirst("^<!--", "").replaceFirst("-->$", "").strip();
    return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
  }

  /** Signals text that is not JSON; never leaves this class. */
  private static final class MalformedJson extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJson() {
      super(null, null, false, false);
    }
  }

  private static final class Cursor {
    private final String s;
    private int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    void skipSpace() {
      while (pos < s.length()
          && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == '\uFEFF')) {
        pos++;
      }
    }

    char peek() throws MalformedJson {
      skipSpace();
      if (atEnd()) {
        throw new MalformedJson();
      }
      return s.charAt(pos);
    }

    Object value(int depth) throws MalformedJson {
      if (depth > MAX_DEPTH) {
        throw new MalformedJson();
      }
      char c = peek();
      if (c == '{') {
        return object(depth);
      } else if (c == '[') {
        return array(depth);
      } else if (c == '"' || c == '\'') {
        return string();
      }
      return literal();
    }

    private Map<String, Object> object(int depth) throws MalformedJson {
      Map<String, Object> map = new LinkedHashMap<>();
      pos++;
      while (peek() != '}') {
        char c = peek();
        String key = c == '"' || c == '\'' ? string() : word();
        if (peek() != ':') {
          throw new MalformedJson();
        }
        pos++;
        Object value = value(depth + 1);
        if (value != null) {
          map.putIfAbsent(key, value);
        }
        afterItem('}');
      }
      pos++;
      return map;
    }

    private List<Object> array(int depth) throws MalformedJson {
      List<Object> list = new ArrayList<>();
      pos++;
      while (peek() != ']') {
        Object value = value(depth + 1);
        if (value != null) {
          list.add(value);
        }
        afterItem(']');
      }
      pos++;
      return list;
    }

    /** After a member or an element: a comma, or the closing bracket (left for the loop). */
    private void afterItem(char close) throws MalformedJson {
      if (peek() == ',') {
        pos++;
      } else if (peek() != close) {
        throw new MalformedJson();
      }
    }

    private String string() throws MalformedJson {
      char quote = s.charAt(pos++);
      StringBuilder out = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == quote) {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
        } else if (pos < s.length()) {
          pos = escape(out, s.charAt(pos), pos + 1);
        }
      }
      throw new MalformedJson();
    }

    private int escape(StringBuilder out, char e, int next) {
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (next + 4 <= s.length() && s.substring(next, next + 4).matches("[0-9a-fA-F]{4}")) {
            out.append((char) Integer.parseInt(s.substring(next, next + 4), 16));
            return next + 4;
          }
          out.append('u');
        }
        default -> out.append(e);
      }
      return next;
    }

    /** A bare word: an unquoted key, a number or a keyword. */
    private String word() throws MalformedJson {
      int start = pos;
      while (pos < s.length() && "{}[],:\"' \t\r\n".indexOf(s.charAt(pos)) < 0) {
        pos++;
      }
      if (pos == start) {
        throw new MalformedJson();
      }
      return s.substring(start, pos);
    }

    private Object literal() throws MalformedJson {
      String word = word();
      if (word.equals("true") || word.equals("false")) {
        return Boolean.valueOf(word);
      } else if (word.equals("null")) {
        return null;
      } else if (NUMBER.matcher(word).matches()) {
        return Double.valueOf(word);
      }
      throw new MalformedJson();
    }
  }
}
