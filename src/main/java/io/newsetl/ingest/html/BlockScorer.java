package io.newsetl.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Gives every block a value: positive for text that reads like article prose (long, punctuated,
 * few links, not amid links), negative for boilerplate (link lists, short labels). Regions that
 * announce themselves as comments are dropped; regions that announce navigation, sharing and the
 * like are dropped unless they hold a large share of the page's prose, which guards against page
 * wrappers with misleading class names ({@code content-with-sidebar}).
 * A new instance per page; not thread-safe.
 */
final class BlockScorer {

  /** A region announced as boilerplate is kept when it holds at least this share of the prose. */
  private static final double REGION_VETO_SHARE = 0.4;

  private final Map<Element, ElementHints.Hint> hints = new IdentityHashMap<>();
  private final Element root;

  BlockScorer(Element root) {
    this.root = root;
  }

  BlockScores score(List<TextBlock> blocks, Optional<String> declaredBody) {
    BodyMatcher matcher = new BodyMatcher(declaredBody);
    double[] values = new double[blocks.size()];
    boolean[] dropped = new boolean[blocks.size()];
    Map<Element, Double> prose = new IdentityHashMap<>();
    double total = 0;
    for (int i = 0; i < blocks.size(); i++) {
      values[i] = intrinsic(blocks.get(i)) * (matcher.matches(blocks.get(i).text()) ? 2 : 1);
      if (values[i] > 0) {
        total += values[i];
        for (Element e : Lineage.of(blocks.get(i).owner(), root)) {
          prose.merge(e, values[i], Double::sum);
        }
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      dropped[i] = inDroppedRegion(blocks.get(i), prose, total);
    }
    LinkContext links = new LinkContext(blocks, dropped, root);
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (dropped[i]) {
        values[i] = -0.5 * block.stats().weight();
      } else if (values[i] > 0) {
        values[i] *= links.penalty(block) * (inContentRegion(block) ? 1.5 : 1);
      }
    }
    return new BlockScores(values, dropped);
  }

  static double intrinsic(TextBlock block) {
    int weight = block.stats().weight();
    double links = block.linkDensity();
    boolean punctuated = block.stats().sentenceEnds() + block.stats().commas() > 0;
    if (links > 0.5) {
      return isLinkedProse(block) ? weight * (1 - links) : -weight;
    }
    if (!punctuated && weight < 100) {
      return -0.3 * weight;
    }
    return weight * (1 - 1.5 * links);
  }

  /** Long sentences that happen to be mostly link text (a summary whose clauses are links). */
  static boolean isLinkedProse(TextBlock block) {
    return block.linkDensity() < 0.9
        && block.stats().weight() > 150
        && block.stats().sentenceEnds() + block.stats().commas() > 1;
  }

  private boolean inDroppedRegion(TextBlock block, Map<Element, Double> prose, double total) {
    for (Element e : Lineage.of(block.owner(), root)) {
      ElementHints.Hint hint = hint(e);
      if (hint == ElementHints.Hint.DISCUSSION
          || hint == ElementHints.Hint.BOILERPLATE
              && prose.getOrDefault(e, 0.0) < REGION_VETO_SHARE * total) {
        return true;
      }
    }
    return false;
  }

  private boolean inContentRegion(TextBlock block) {
    return Lineage.of(block.owner(), root).stream()
        .anyMatch(e -> hint(e) == ElementHints.Hint.CONTENT);
  }

  private ElementHints.Hint hint(Element element) {
    return hints.computeIfAbsent(element, ElementHints::of);
  }
}
