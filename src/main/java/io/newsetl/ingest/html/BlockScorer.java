package io.newsetl.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Gives every block a value: positive for text that reads like article prose (long, punctuated, few
 * links, not amid links), negative for boilerplate (link lists, short labels). Regions that
 * announce themselves as comments, navigation, sharing and the like are dropped unless they wrap
 * the element where the page's prose concentrates, which guards against page wrappers with
 * misleading class names ({@code content-with-sidebar}, {@code showing-comments}). A new instance
 * per page; not thread-safe.
 */
final class BlockScorer {

  /** Above this share of link text, a block is a link list unless it is linked prose. */
  static final double LINK_LIST_DENSITY = 0.5;

  /** Unpunctuated text shorter than this is a label (menu item, tag, heading of a widget). */
  private static final int LABEL_WEIGHT = 100;

  /** Linked prose: sentences of at least this weight whose link share stays under the maximum. */
  private static final int LINKED_PROSE_WEIGHT = 150;

  private static final double LINKED_PROSE_MAX_DENSITY = 0.9;

  private final Map<Element, ElementHints.Hint> hints = new IdentityHashMap<>();
  private final Element root;

  BlockScorer(Element root) {
    this.root = root;
  }

  BlockScores score(List<TextBlock> blocks, Optional<String> declaredBody) {
    BodyMatcher matcher = new BodyMatcher(declaredBody);
    double[] values = new double[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      // text the page also declares as its article body (JSON-LD) counts double
      values[i] = intrinsic(blocks.get(i)) * (matcher.matches(blocks.get(i).text()) ? 2 : 1);
    }
    Optional<Element> core = core(blocks, values);
    boolean[] dropped = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      dropped[i] = inDroppedRegion(blocks.get(i), core);
    }
    LinkContext links = new LinkContext(blocks, dropped, root);
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (dropped[i]) {
        // dropped text still costs a container that reaches over it
        values[i] = -0.5 * block.stats().weight();
      } else if (values[i] > 0) {
        values[i] *= links.penalty(block) * (inContentRegion(block) ? 1.5 : 1);
      }
    }
    return new BlockScores(values, dropped);
  }

  /**
   * The element where prose concentrates: each prose block adds its value to its parent and half of
   * it to its grandparent, and the element with the highest total wins. Class names play no part,
   * so a misleadingly named wrapper cannot hide it.
   */
  private Optional<Element> core(List<TextBlock> blocks, double[] values) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (values[i] <= 0 || inDiscussion(blocks.get(i))) {
        continue;
      }
      Element parent = blocks.get(i).owner().parent();
      if (parent != null && blocks.get(i).owner() != root) {
        scores.merge(parent, values[i], Double::sum);
        if (parent.parent() != null && parent != root) {
          scores.merge(parent.parent(), values[i] / 2, Double::sum);
        }
      }
    }
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** The value of a block's own text, before its surroundings are considered. */
  static double intrinsic(TextBlock block) {
    int weight = block.stats().weight();
    double links = block.linkDensity();
    boolean punctuated = block.stats().sentenceEnds() + block.stats().commas() > 0;
    if (links > LINK_LIST_DENSITY) {
      return isLinkedProse(block) ? weight * (1 - links) : -weight;
    }
    if (!punctuated && weight < LABEL_WEIGHT) {
      return -0.3 * weight;
    }
    if (block.startsWithHeadlineLink()) {
      // a teaser: its headline links to another article
      return -0.2 * weight;
    }
    return weight * (1 - 1.5 * links);
  }

  /** Long sentences that happen to be mostly link text (a summary whose clauses are links). */
  static boolean isLinkedProse(TextBlock block) {
    return block.linkDensity() < LINKED_PROSE_MAX_DENSITY
        && block.stats().weight() > LINKED_PROSE_WEIGHT
        && block.stats().sentenceEnds() + block.stats().commas() > 1;
  }

  /** In a discussion, or in boilerplate that does not wrap the core of the page's prose. */
  private boolean inDroppedRegion(TextBlock block, Optional<Element> core) {
    for (Element e : Lineage.of(block.owner(), root)) {
      ElementHints.Hint hint = hint(e);
      if ((hint == ElementHints.Hint.DISCUSSION || hint == ElementHints.Hint.BOILERPLATE)
          && !core.map(c -> Lineage.isWithin(c, e)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private boolean inDiscussion(TextBlock block) {
    return Lineage.of(block.owner(), root).stream()
        .anyMatch(e -> hint(e) == ElementHints.Hint.DISCUSSION);
  }

  private boolean inContentRegion(TextBlock block) {
    return Lineage.of(block.owner(), root).stream()
        .anyMatch(e -> hint(e) == ElementHints.Hint.CONTENT);
  }

  private ElementHints.Hint hint(Element element) {
    return hints.computeIfAbsent(element, ElementHints::of);
  }
}
