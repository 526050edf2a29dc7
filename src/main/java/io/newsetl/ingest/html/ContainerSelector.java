package io.newsetl.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Picks the element whose blocks add up to the highest value: the smallest region that takes in the
 * article's prose while leaving out as much boilerplate as possible. Stateless.
 */
final class ContainerSelector {

  private ContainerSelector() {}

  /** The best container under {@code root}, or empty when no region has a positive value. */
  static Optional<Element> select(List<TextBlock> blocks, double[] values, Element root) {
    Map<Element, Double> sums = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      for (Element e : Lineage.of(blocks.get(i).owner(), root)) {
        sums.merge(e, values[i], Double::sum);
      }
    }
    Element best = null;
    double bestSum = 0;
    int bestDepth = 0;
    for (Map.Entry<Element, Double> entry : sums.entrySet()) {
      double sum = entry.getValue();
      if (sum < bestSum) {
        continue;
      }
      int depth = Lineage.of(entry.getKey(), root).size();
      if (sum > bestSum || depth > bestDepth) {
        best = entry.getKey();
        bestSum = sum;
        bestDepth = depth;
      }
    }
    return Optional.ofNullable(best);
  }
}
