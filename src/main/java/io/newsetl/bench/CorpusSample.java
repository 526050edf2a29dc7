package io.newsetl.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which corpus files, in which copy, make a benchmark input of a given size. Up to the
 * corpus size, files are taken at an even stride over the whole listing (so a small sample mixes
 * every source and date as the corpus does); beyond it, the whole corpus is repeated in numbered
 * copies and the last, partial copy is again an even stride. Stateless and thread-safe.
 */
public final class CorpusSample {

  /**
   * One file of the input.
   *
   * @param copy the copy it belongs to, from 0
   * @param file the position of the file in the corpus listing
   */
  public record Pick(int copy, int file) {}

  private CorpusSample() {}

  /**
   * The picks for {@code wanted} files out of a corpus of {@code corpusSize}, in copy order and
   * listing order within a copy.
   *
   * @throws IllegalArgumentException when the corpus is empty or {@code wanted} is negative
   */
  public static List<Pick> picks(int corpusSize, int wanted) {
    if (corpusSize < 1) {
      throw new IllegalArgumentException("the corpus holds no files");
    }
    if (wanted < 0) {
      throw new IllegalArgumentException("cannot pick a negative number of files: " + wanted);
    }
    List<Pick> picks = new ArrayList<>(wanted);
    int fullCopies = wanted / corpusSize;
    for (int copy = 0; copy < fullCopies; copy++) {
      for (int file = 0; file < corpusSize; file++) {
        picks.add(new Pick(copy, file));
      }
    }
    int rest = wanted % corpusSize;
    for (int i = 0; i < rest; i++) {
      picks.add(new Pick(fullCopies, (int) ((long) i * corpusSize / rest)));
    }
    return picks;
  }
}
