package io.newsetl.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** The chain of elements from one element up to an enclosing root, both included. */
final class Lineage {

  private Lineage() {}

  /**
   * {@code element}, its parent and so on up to {@code root}; up to the document when unrelated.
   */
  static List<Element> of(Element element, Element root) {
    List<Element> chain = new ArrayList<>();
    for (Element e = element; e != null; e = e.parent()) {
      chain.add(e);
      if (e == root) {
        break;
      }
    }
    return chain;
  }

  /** Whether {@code element} is {@code ancestor} or lies inside it. */
  static boolean isWithin(Element element, Element ancestor) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
