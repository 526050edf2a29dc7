package io.newsetl.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The link density around each block, among the blocks not dropped as boilerplate: of the text
 * under the block's parent when the block is a leaf (a paragraph, a list item), else under the
 * block's own element (loose text in a container). Prose amid links (a teaser under its linked
 * headline, an item of a news ticker) is worth less than prose amid prose. Immutable once built.
 */
final class LinkContext {

  private final Map<Element, int[]> counts = new IdentityHashMap<>();
  private final Map<Element, Boolean> containers = new IdentityHashMap<>();

  LinkContext(List<TextBlock> blocks, boolean[] dropped, Element root) {
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      Element owner = block.owner();
      for (Element e : Lineage.of(owner, root)) {
        if (e != owner) {
          containers.put(e, Boolean.TRUE);
        }
        if (!dropped[i]) {
          int[] c = counts.computeIfAbsent(e, k -> new int[2]);
          c[0] += block.text().length();
          c[1] += block.linkChars();
        }
      }
    }
  }

  /** A factor from 1 (no links around) down to 0.1 (mostly links around). */
  double penalty(TextBlock block) {
    Element owner = block.owner();
    boolean leaf = !containers.containsKey(owner);
    Element context = leaf && owner.parent() != null ? owner.parent() : owner;
    int[] c = counts.get(context);
    if (c == null || c[0] == 0) {
      return 1;
    }
    return Math.max(0.1, 1 - 2.0 * c[1] / c[0]);
  }
}
