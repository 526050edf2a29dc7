package io.newsetl.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides, block by block inside the chosen container, what is not article text: link lists, the
 * title repeated, bylines and datelines that repeat the metadata, and the short interface strings
 * of sharing widgets, teasers, ads and consent banners. Immutable and thread-safe.
 */
final class BlockFilter {

  /** Bylines, datelines and interface strings are short; longer blocks are never taken for them. */
  private static final int SHORT = 120;

  /** A label longer than this is more likely a heading of the article than a widget title. */
  private static final int LABEL_WEIGHT = 80;

  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
              + "|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
              + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"
              + "|\\b(?:updated|published|posted)\\b");

  private static final Pattern DATELINE_WORDS =
      Pattern.compile(
          "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
              + "|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|updated|published|posted"
              + "|last|on|at|am|pm|et|est|edt|gmt|utc|bst|cet|pst|pdt|cst|cdt|min|mins|read|ago"
              + "|hours?|minutes?|days?|today|yesterday");

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private static final Pattern BYLINE = Pattern.compile("(?iu)^(?:by|written by|von|par|por)\\s");

  /** Markup that leaked into text, such as an escaped tracking pixel. */
  private static final Pattern MARKUP = Pattern.compile("^<[a-zA-Z]+\\s+[a-z-]+=");

  private final TitleMatcher title;
  private final List<String> authors;

  BlockFilter(Optional<String> title, List<String> authors) {
    this.title = new TitleMatcher(title);
    this.authors =
        authors.stream().map(a -> a.toLowerCase(Locale.ROOT)).filter(a -> a.length() > 3).toList();
  }

  boolean keep(TextBlock block) {
    String text = block.text();
    if (isLinkList(block)) {
      return false;
    }
    if (title.matches(text) || MARKUP.matcher(text).find()) {
      return false;
    }
    return text.length() > SHORT || !(isByline(text) || isDateline(text) || isInterfaceText(text));
  }

  private boolean isByline(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return BYLINE.matcher(text).find() || authors.stream().anyMatch(lower::contains);
  }

  /** A date, maybe with a time and "Updated", and at most two other ordinary words. */
  private static boolean isDateline(String text) {
    if (!DATE_WORDS.matcher(text).find()) {
      return false;
    }
    long ordinary =
        NON_LETTERS
            .splitAsStream(text.toLowerCase(Locale.ROOT))
            .filter(word -> word.length() > 1 && !DATELINE_WORDS.matcher(word).matches())
            .count();
    return ordinary <= 2;
  }

  private static boolean isInterfaceText(String text) {
    return InterfaceText.matches(text);
  }

  /** A short label (no sentence) right before a link list: "Related stories", "Mehr zum Thema". */
  static boolean introducesLinks(List<TextBlock> blocks, int index) {
    TextBlock block = blocks.get(index);
    if (index + 1 >= blocks.size()
        || block.stats().weight() > LABEL_WEIGHT
        || block.stats().sentenceEnds() > 0
        || isLinkList(block)) {
      return false;
    }
    return isLinkList(blocks.get(index + 1));
  }

  /** Mostly link text, and not a summary whose clauses happen to be links. */
  static boolean isLinkList(TextBlock block) {
    return block.linkDensity() > BlockScorer.LINK_LIST_DENSITY && !BlockScorer.isLinkedProse(block);
  }
}
