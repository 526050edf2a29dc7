package io.newsetl.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main article text of a parsed page: cuts the body into text blocks, scores them ({@link
 * BlockScorer}), takes the best-scoring container ({@link ContainerSelector}) and keeps its article
 * blocks ({@link BlockFilter}). When no container has any prose, falls back to every prose block of
 * the page, then to the body the page declares in JSON-LD. Stateless and thread-safe.
 */
final class MainContentExtractor {

  List<String> extract(Document document, PageMetadata metadata) {
    Element root = document.body() != null ? document.body() : document;
    List<TextBlock> blocks = BlockSegmenter.segment(root);
    BlockScores scores = new BlockScorer(root).score(blocks, metadata.articleBody());
    BlockFilter filter = new BlockFilter(metadata.title(), metadata.authors());
    Optional<Element> container = ContainerSelector.select(blocks, scores.values(), root);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      boolean inside =
          container.isPresent()
              ? Lineage.isWithin(block.owner(), container.get())
              : scores.value(i) > 0;
      if (inside
          && !scores.isDropped(i)
          && filter.keep(block)
          && !BlockFilter.introducesLinks(blocks, i)) {
        texts.add(block.text());
      }
    }
    if (texts.isEmpty()) {
      return declaredBody(metadata.articleBody());
    }
    return texts;
  }

  private static List<String> declaredBody(Optional<String> body) {
    return body.stream()
        .flatMap(b -> b.lines())
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
