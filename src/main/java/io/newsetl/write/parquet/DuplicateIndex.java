package io.newsetl.write.parquet;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which article is the original of each text: for every text hash, the article with the smallest
 * (source path, member) of the run. Built in two passes over the run's articles: the first keeps a
 * 64-bit hash of every text hash (8 bytes an article), the second keeps the candidates of the texts
 * seen more than once. Immutable once built, so thread-safe.
 */
final class DuplicateIndex {

  /** The run's articles, readable more than once. */
  interface KeySource {
    void forEach(Consumer<DuplicateKey> action) throws IOException;
  }

  private static final Comparator<DuplicateKey> ORIGINAL_FIRST =
      Comparator.comparing(DuplicateKey::ref).thenComparing(DuplicateKey::articleId);

  private final Map<String, DuplicateKey> originals;

  private DuplicateIndex(Map<String, DuplicateKey> originals) {
    this.originals = originals;
  }

  static DuplicateIndex build(KeySource source) throws IOException {
    long[] repeated = repeatedHashes(source);
    Map<String, DuplicateKey> originals = new HashMap<>();
    source.forEach(
        key -> {
          if (Arrays.binarySearch(repeated, hash(key.textSha256())) >= 0) {
            originals.merge(
                key.textSha256(), key, (a, b) -> ORIGINAL_FIRST.compare(a, b) <= 0 ? a : b);
          }
        });
    return new DuplicateIndex(originals);
  }

  /** The id of the original article of a text, or empty when {@code articleId} is the original. */
  Optional<String> originalOf(String textSha256, String articleId) {
    DuplicateKey original = originals.get(textSha256);
    return original == null || original.articleId().equals(articleId)
        ? Optional.empty()
        : Optional.of(original.articleId());
  }

  /** The sorted distinct hashes that occur more than once. */
  private static long[] repeatedHashes(KeySource source) throws IOException {
    long[][] all = {new long[1024]};
    int[] count = {0};
    source.forEach(
        key -> {
          if (count[0] == all[0].length) {
            all[0] = Arrays.copyOf(all[0], all[0].length * 2);
          }
          all[0][count[0]++] = hash(key.textSha256());
        });
    long[] hashes = all[0];
    Arrays.sort(hashes, 0, count[0]);
    int repeated = 0;
    // compacts in place: writes only behind the scan position
    for (int i = 1; i < count[0]; i++) {
      if (hashes[i] == hashes[i - 1] && (repeated == 0 || hashes[repeated - 1] != hashes[i])) {
        hashes[repeated++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, repeated);
  }

  /** FNV-1a, 64 bits. */
  private static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
