package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The IOB2 label set over {@link NameClass}: index 0 is {@code O}, then {@code B-} and {@code I-}
 * of each class in declaration order. Stateless and thread-safe.
 */
final class BioLabels {

  static final List<String> ALL;
  static final int COUNT;

  static {
    List<String> labels = new ArrayList<>();
    labels.add("O");
    for (NameClass c : NameClass.values()) {
      labels.add("B-" + c.name());
      labels.add("I-" + c.name());
    }
    ALL = List.copyOf(labels);
    COUNT = ALL.size();
  }

  private BioLabels() {}

  static int index(String label) {
    int i = ALL.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("unknown label " + label);
    }
    return i;
  }

  /** Whether {@code next} may follow {@code previous} ({@code -1}: sentence start) in IOB2. */
  static boolean allowed(int previous, int next) {
    if (next == 0 || next % 2 == 1) {
      return true;
    }
    return previous > 0 && (previous + 1) / 2 == next / 2;
  }

  static List<String> names(int[] labels) {
    List<String> out = new ArrayList<>(labels.length);
    for (int l : labels) {
      out.add(ALL.get(l));
    }
    return out;
  }
}
