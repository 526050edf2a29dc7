package io.newsetl.enrich.entities.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The sentences a model was trained on, as 61-bit hashes of their tokens ({@link FeatureHash}), so
 * that scoring can tell whether the sentences it scores were seen in training. Holds no text.
 * Immutable and thread-safe.
 */
public final class TrainingSentences {

  private static final String SECTION = "training-sentences";
  private static final char TOKEN_SEPARATOR = '\u001f';
  private static final TrainingSentences NONE = new TrainingSentences(new long[0]);

  // sorted, distinct
  private final long[] hashes;

  private TrainingSentences(long[] hashes) {
    this.hashes = hashes;
  }

  /** No sentences: a model whose file does not record them. */
  public static TrainingSentences none() {
    return NONE;
  }

  /** The hashes of {@code sentences}' tokens. */
  public static TrainingSentences of(List<ConllSentence> sentences) {
    return new TrainingSentences(
        sentences.stream().mapToLong(TrainingSentences::hash).sorted().distinct().toArray());
  }

  /** The number of distinct sentences recorded. */
  public int size() {
    return hashes.length;
  }

  /** Whether {@code sentence} has the tokens of a recorded sentence. */
  public boolean contains(ConllSentence sentence) {
    return hashes.length > 0 && Arrays.binarySearch(hashes, hash(sentence)) >= 0;
  }

  /** How many of {@code sentences} have the tokens of a recorded sentence. */
  public int countIn(List<ConllSentence> sentences) {
    return (int) sentences.stream().filter(this::contains).count();
  }

  private static long hash(ConllSentence sentence) {
    long h = 0;
    for (String token : sentence.tokens()) {
      h = FeatureHash.append(h, FeatureHash.of(token), token.length());
      h = FeatureHash.append(h, TOKEN_SEPARATOR);
    }
    return h;
  }

  /** Writes the section that {@link #readIfPresent} reads. */
  void write(DataOutputStream out) throws IOException {
    out.writeUTF(SECTION);
    out.writeInt(hashes.length);
    for (long h : hashes) {
      out.writeLong(h);
    }
  }

  /**
   * Reads the section written by {@link #write}; {@link #none} at the end of the stream (a model
   * file written before models recorded their training sentences).
   *
   * @throws IOException when something else follows, or the section is cut short
   */
  static TrainingSentences readIfPresent(DataInputStream in) throws IOException {
    String section;
    try {
      section = in.readUTF();
    } catch (EOFException end) {
      return NONE;
    }
    if (!SECTION.equals(section)) {
      throw new IOException("unexpected section in a name-tagging model: " + section);
    }
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("negative count of training sentences: " + count);
    }
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = in.readLong();
      if (i > 0 && hashes[i] <= hashes[i - 1]) {
        throw new IOException("training-sentence hashes out of order");
      }
    }
    return new TrainingSentences(hashes);
  }
}
