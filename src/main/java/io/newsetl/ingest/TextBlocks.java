package io.newsetl.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Splits extracted text into blocks and finds a title in its first line when metadata has none. */
final class TextBlocks {

  private static final int MAX_TITLE_CHARS = 300;
  // a full stop after a word of 4 or more letters (so not after an abbreviation such as Mr., Gen.
  // or U.S., nor after the longer ones of headlines: Corp., Bros., Dept., Univ., Prof., Calif.),
  // then a space and a word that starts a new sentence: upper case, or a letter of a script
  // without case
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile(
          "\\p{L}{4}(?<!\\b(?:Corp|Bros|Dept|Univ|Prof|Capt|Calif))[.]\\s+"
              + "(?=\\p{Lu}|[\\p{L}&&[^\\p{Ll}\\p{Lu}\\p{Lt}]])");

  private TextBlocks() {}

  /** Blocks separated by blank lines; lines inside a block are kept as they are. */
  static List<String> split(String text) {
    List<String> blocks = new ArrayList<>();
    for (String block : text.split("\\R[\\h\\u00A0]*\\R+")) {
      if (!block.isBlank()) {
        blocks.add(block.strip());
      }
    }
    return blocks;
  }

  /**
   * The title and the remaining blocks. A metadata title wins; otherwise the first line of the text
   * is the title when it is short, more text follows and it reads as a headline rather than the
   * first paragraph: it holds one sentence and does not end with an ideographic full stop (。).
   */
  static Titled titled(Optional<String> metadataTitle, String text) {
    List<String> blocks = split(text);
    Optional<String> title = metadataTitle.map(String::strip).filter(t -> !t.isEmpty());
    if (title.isPresent() || blocks.isEmpty()) {
      return new Titled(title, dropLeading(blocks, title));
    }
    String first = blocks.get(0);
    int newline = first.indexOf('\n');
    String firstLine = (newline < 0 ? first : first.substring(0, newline)).strip();
    String rest = newline < 0 ? "" : first.substring(newline + 1).strip();
    boolean moreText = !rest.isEmpty() || blocks.size() > 1;
    if (firstLine.length() > MAX_TITLE_CHARS || !moreText || isParagraph(firstLine)) {
      return new Titled(Optional.empty(), blocks);
    }
    List<String> body = new ArrayList<>();
    if (!rest.isEmpty()) {
      body.add(rest);
    }
    body.addAll(blocks.subList(1, blocks.size()));
    return new Titled(Optional.of(firstLine), body);
  }

  private static boolean isParagraph(String line) {
    return line.endsWith("。") || SENTENCE_BREAK.matcher(line).find();
  }

  private static List<String> dropLeading(List<String> blocks, Optional<String> title) {
    if (title.isPresent() && !blocks.isEmpty() && blocks.get(0).strip().equals(title.get())) {
      return blocks.subList(1, blocks.size());
    }
    return blocks;
  }

  record Titled(Optional<String> title, List<String> blocks) {}
}
