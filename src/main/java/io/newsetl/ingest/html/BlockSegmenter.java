package io.newsetl.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts the text under an element into {@link TextBlock}s at block-level boundaries, in document
 * order, leaving out elements that hold no readable text ({@link ElementHints.Hint#SKIP}). Every
 * tag that is not a known inline tag counts as a block boundary, so unknown and custom elements
 * split text rather than glue it together. Iterative: any nesting depth is safe. A new instance per
 * call; not thread-safe.
 */
final class BlockSegmenter implements NodeFilter {

  private static final Set<String> INLINE_TAGS =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn",
          "em", "font", "i", "ins", "kbd", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp",
          "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

  private final List<TextBlock> blocks = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int leadingLinkChars;
  private boolean plainTextSeen;
  private int linkDepth;

  private BlockSegmenter() {}

  static List<TextBlock> segment(Element root) {
    BlockSegmenter segmenter = new BlockSegmenter();
    segmenter.open.push(root);
    NodeTraversor.filter(segmenter, root);
    segmenter.flush(root);
    return segmenter.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode textNode) {
      append(textNode.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element) || depth == 0) {
      return FilterResult.CONTINUE;
    }
    String tag = element.normalName();
    if (tag.equals("br")) {
      text.append('\n');
    } else if (tag.equals("a") && !ElementHints.isInvisible(element)) {
      linkDepth++;
    } else if (ElementHints.isSkipped(element)) {
      return FilterResult.SKIP_ENTIRELY;
    } else if (INLINE_TAGS.contains(tag)) {
      return ElementHints.isInvisible(element) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
    } else {
      flush(open.peek());
      open.push(element);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element && depth > 0) {
      String tag = element.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      } else if (!tag.equals("br") && !INLINE_TAGS.contains(tag)) {
        flush(element);
        open.pop();
      }
    }
    return FilterResult.CONTINUE;
  }

  private void append(String raw) {
    int before = text.length();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (!space) {
        text.append(c);
      } else if (text.length() > 0 && !isSpace(text.charAt(text.length() - 1))) {
        text.append(' ');
      }
    }
    int added = text.length() - before;
    if (linkDepth > 0) {
      linkChars += added;
      leadingLinkChars += plainTextSeen ? 0 : added;
    } else if (!raw.isBlank()) {
      plainTextSeen = true;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }

  private void flush(Element owner) {
    String value = tidy(text);
    text.setLength(0);
    if (!value.isEmpty()) {
      int links = Math.min(linkChars, value.length());
      blocks.add(
          new TextBlock(
              owner, value, links, Math.min(leadingLinkChars, links), TextStats.of(value)));
    }
    linkChars = 0;
    leadingLinkChars = 0;
    plainTextSeen = false;
  }

  private static String tidy(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (String line : raw.toString().split("\n")) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n").append(stripped);
      }
    }
    return out.toString();
  }
}
