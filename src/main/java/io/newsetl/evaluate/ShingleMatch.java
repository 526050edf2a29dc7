package io.newsetl.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a predicted body matches the true one, as the article-extraction-benchmark measures it: both
 * texts are cut into word tokens (runs of Unicode letters, digits and underscores, case kept), then
 * into overlapping 4-token shingles (a text of one to three tokens is one shingle), and shingles
 * are matched as multisets. The counts are normalized to sum to 1 so that long pages do not weigh
 * more.
 *
 * @param tp share of matched shingles
 * @param fp share of predicted shingles not in the truth
 * @param fn share of true shingles not predicted
 */
record ShingleMatch(double tp, double fp, double fn) {

  private static final int SHINGLE = 4;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  static ShingleMatch of(String truth, String predicted) {
    Map<String, Integer> expected = shingles(truth);
    Map<String, Integer> actual = shingles(predicted);
    Set<String> keys = new HashSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String key : keys) {
      int t = expected.getOrDefault(key, 0);
      int p = actual.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
  }

  /** Precision; 1 when nothing is wrong or missing, 0 when nothing was predicted. */
  double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
  }

  /** Recall; 1 when nothing is wrong or missing, 0 when the truth is empty. */
  double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
  }

  /** Whether the page counts toward the averaged precision (it predicted something). */
  boolean hasPrediction() {
    return tp + fp > 0;
  }

  /** Whether the page counts toward the averaged recall (its truth has text). */
  boolean hasTruth() {
    return tp + fn > 0;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
      if (!shingle.isEmpty()) {
        counts.merge(String.join(" ", shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
