package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU label set over {@link NameClass}: index 0 is {@code O}, then, for each class in
 * declaration order, {@code B-} (the first word of a name of several words), {@code I-} (a word
 * inside one), {@code L-} (its last word) and {@code U-} (a name of one word). Taggers label in
 * BILOU, so that a model scores where a name ends as well as where it begins; gold data is read and
 * labels are given out in IOB2 ({@link #encode}, {@link #names}). Stateless and thread-safe.
 */
final class NameLabels {

  /** Labels per class: B, I, L and U. */
  static final int PER_CLASS = 4;

  private static final int BEGIN = 0;
  private static final int INSIDE = 1;
  private static final int LAST = 2;
  private static final int UNIT = 3;

  static final List<String> ALL;
  static final int COUNT;

  static {
    List<String> labels = new ArrayList<>();
    labels.add("O");
    for (NameClass c : NameClass.values()) {
      for (String prefix : List.of("B-", "I-", "L-", "U-")) {
        labels.add(prefix + c.name());
      }
    }
    ALL = List.copyOf(labels);
    COUNT = ALL.size();
  }

  private NameLabels() {}

  /** The index of a BILOU label. */
  static int index(String label) {
    int i = ALL.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("unknown label " + label);
    }
    return i;
  }

  /** The class of a label: 0 for {@code O}, else 1 + the class's ordinal. */
  static int classOf(int label) {
    return label == 0 ? 0 : (label - 1) / PER_CLASS + 1;
  }

  /** Whether {@code next} may follow {@code previous} ({@code -1}: sentence start) in BILOU. */
  static boolean allowed(int previous, int next) {
    boolean open = previous > 0 && (kind(previous) == BEGIN || kind(previous) == INSIDE);
    if (next == 0 || kind(next) == BEGIN || kind(next) == UNIT) {
      return !open;
    }
    return open && classOf(previous) == classOf(next);
  }

  /**
   * The BILOU indexes of an IOB2 label sequence; an {@code I-} after {@code O} or after another
   * class begins a name, as conlleval reads it.
   */
  static int[] encode(List<String> iob2) {
    int[] out = new int[iob2.size()];
    for (int i = 0; i < out.length; i++) {
      String label = iob2.get(i);
      if (label.equals("O")) {
        out[i] = 0;
        continue;
      }
      String type = label.substring(2);
      boolean begins = !label.startsWith("I-") || i == 0 || !iob2.get(i - 1).endsWith("-" + type);
      boolean continues = i + 1 < out.length && iob2.get(i + 1).equals("I-" + type);
      String prefix = begins ? (continues ? "B-" : "U-") : (continues ? "I-" : "L-");
      out[i] = index(prefix + type);
    }
    return out;
  }

  /**
   * The IOB2 labels of BILOU indexes: {@code L-} is read as {@code I-}, {@code U-} as {@code B-}.
   */
  static List<String> names(int[] labels) {
    List<String> out = new ArrayList<>(labels.length);
    for (int l : labels) {
      String label = ALL.get(l);
      out.add(
          switch (l == 0 ? -1 : kind(l)) {
            case LAST -> "I-" + label.substring(2);
            case UNIT -> "B-" + label.substring(2);
            default -> label;
          });
    }
    return out;
  }

  private static int kind(int label) {
    return (label - 1) % PER_CLASS;
  }
}
