package io.newsetl.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout pass of {@link TextNormalizer}: turns cleaned lines into paragraphs.
 *
 * <p>Blank lines always separate paragraphs. Inside a block of consecutive lines, each line is its
 * own paragraph unless the text looks hard-wrapped (most lines close to one width between {@value
 * #MIN_WRAP_WIDTH} and {@value #MAX_WRAP_WIDTH} columns). In hard-wrapped text a line is joined to
 * the previous one when the previous line was broken for lack of room, or when it continues in
 * lower case; list items and newly indented lines always start a paragraph. A word hyphenated
 * across a line break is joined in any text, but only when the next line starts in lower case.
 */
final class LineReflower {

  static final int MIN_WRAP_WIDTH = 40;
  static final int MAX_WRAP_WIDTH = 110;
  private static final double FULL_LINE_RATIO = 0.6;
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•·▪◦‣–—]|\\d{1,3}[.)])\\s");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final String CJK_SENTENCE_END = "。！？";
  private static final String CJK_CLOSING = "”」』）";

  private enum Join {
    NONE,
    SPACE,
    DIRECT,
    DROP_HYPHEN
  }

  private record Line(String text, boolean indented, int columns) {}

  private LineReflower() {}

  static List<String> paragraphs(String text) {
    List<List<Line>> blocks = blocks(text);
    int width = wrapWidth(blocks);
    List<String> paragraphs = new ArrayList<>();
    for (List<Line> block : blocks) {
      reflow(block, width, paragraphs);
    }
    return paragraphs;
  }

  private static List<List<Line>> blocks(String text) {
    List<List<Line>> blocks = new ArrayList<>();
    List<Line> block = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      String line = SPACES.matcher(raw).replaceAll(" ").strip();
      if (line.isEmpty()) {
        if (!block.isEmpty()) {
          blocks.add(block);
          block = new ArrayList<>();
        }
      } else {
        block.add(new Line(line, raw.startsWith(" "), CjkCharacters.columns(line)));
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    return blocks;
  }

  /** The wrap width of hard-wrapped text, or 0 when the lines are not wrapped. */
  private static int wrapWidth(List<List<Line>> blocks) {
    int max = 0;
    List<Line> followed = new ArrayList<>();
    for (List<Line> block : blocks) {
      for (int i = 0; i + 1 < block.size(); i++) {
        // list items are short by nature: they say nothing about wrapping
        if (!isListItem(block.get(i)) && !isListItem(block.get(i + 1))) {
          followed.add(block.get(i));
        }
      }
      if (block.size() > 1) {
        max = Math.max(max, block.stream().mapToInt(Line::columns).max().orElse(0));
      }
    }
    if (followed.size() < 2 || max < MIN_WRAP_WIDTH || max > MAX_WRAP_WIDTH) {
      return 0;
    }
    int limit = max;
    long full = followed.stream().filter(l -> l.columns() >= FULL_LINE_RATIO * limit).count();
    return full * 2 >= followed.size() ? max : 0;
  }

  private static void reflow(List<Line> block, int width, List<String> paragraphs) {
    StringBuilder current = new StringBuilder(block.get(0).text());
    for (int i = 1; i < block.size(); i++) {
      Line next = block.get(i);
      switch (join(block.get(i - 1), next, width)) {
        case NONE -> {
          paragraphs.add(current.toString());
          current = new StringBuilder(next.text());
        }
        case SPACE -> current.append(' ').append(next.text());
        case DIRECT -> current.append(next.text());
        case DROP_HYPHEN -> {
          current.setLength(current.length() - 1);
          current.append(next.text());
        }
      }
    }
    paragraphs.add(current.toString());
  }

  private static Join join(Line previous, Line next, int width) {
    String prev = previous.text();
    String text = next.text();
    if (isListItem(next)) {
      return Join.NONE;
    }
    if (endsWithWordHyphen(prev) && startsLowerCase(text)) {
      // "year-on-" + "year" keeps its hyphen; "inter-" + "national" was split by the layout
      String word = lastWord(prev);
      return word.indexOf('-') < word.length() - 1 ? Join.DIRECT : Join.DROP_HYPHEN;
    }
    if (width == 0 || (next.indented() && !previous.indented())) {
      return Join.NONE;
    }
    if (startsLowerCase(text)) {
      return separator(prev, text);
    }
    if (endsCjkSentence(prev)) {
      return Join.NONE;
    }
    boolean brokenForRoom = previous.columns() + 1 + firstWordColumns(text) > width;
    return brokenForRoom ? separator(prev, text) : Join.NONE;
  }

  private static boolean isListItem(Line line) {
    return LIST_ITEM.matcher(line.text()).find();
  }

  private static Join separator(String prev, String next) {
    if (endsWithWordHyphen(prev)) {
      return Join.DIRECT; // a compound broken at its hyphen: "Franco-" + "German"
    }
    boolean wide =
        CjkCharacters.isWide(prev.codePointBefore(prev.length()))
            && CjkCharacters.isWide(next.codePointAt(0));
    return wide ? Join.DIRECT : Join.SPACE;
  }

  private static boolean endsWithWordHyphen(String line) {
    int n = line.length();
    return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
  }

  private static String lastWord(String line) {
    return line.substring(line.lastIndexOf(' ') + 1);
  }

  private static boolean startsLowerCase(String line) {
    return Character.isLowerCase(line.codePointAt(0));
  }

  private static boolean endsCjkSentence(String line) {
    int n = line.length();
    char last = line.charAt(n - 1);
    if (CJK_CLOSING.indexOf(last) >= 0 && n >= 2) {
      last = line.charAt(n - 2);
    }
    return CJK_SENTENCE_END.indexOf(last) >= 0;
  }

  private static int firstWordColumns(String line) {
    int first = line.codePointAt(0);
    if (CjkCharacters.isWide(first)) {
      return 2;
    }
    int space = line.indexOf(' ');
    return CjkCharacters.columns(space < 0 ? line : line.substring(0, space));
  }
}
