package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name-tagging scores as conlleval computes them: a found name counts only when its token span and
 * class both equal a gold name's. Precision, recall and F1 per class and overall (micro). Not
 * thread-safe: add sentences from one thread.
 */
public final class NerScores {

  private final Map<NameClass, int[]> counts = new EnumMap<>(NameClass.class);
  // correct, found and gold names of each sentence, all classes, in the order added
  private final List<int[]> bySentence = new ArrayList<>();
  private int tokens;

  public NerScores() {
    for (NameClass c : NameClass.values()) {
      counts.put(c, new int[3]);
    }
  }

  /** Adds one sentence's gold and predicted labels (IOB, same length). */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted labels differ in length");
    }
    Set<LabelSpan> goldSpans = new HashSet<>(LabelSpan.of(gold));
    int[] sentence = {0, 0, goldSpans.size()};
    for (LabelSpan span : goldSpans) {
      counts.get(span.nameClass())[2]++;
    }
    for (LabelSpan span : LabelSpan.of(predicted)) {
      int[] c = counts.get(span.nameClass());
      c[1]++;
      sentence[1]++;
      if (goldSpans.contains(span)) {
        c[0]++;
        sentence[0]++;
      }
    }
    bySentence.add(sentence);
    tokens += gold.size();
  }

  /** Adds the counts of {@code other} (for example, of another cross-validation fold). */
  public void addAll(NerScores other) {
    for (NameClass c : NameClass.values()) {
      int[] mine = counts.get(c);
      int[] theirs = other.counts.get(c);
      for (int k = 0; k < mine.length; k++) {
        mine[k] += theirs[k];
      }
    }
    bySentence.addAll(other.bySentence);
    tokens += other.tokens;
  }

  /** The number of sentences added. */
  public int sentences() {
    return bySentence.size();
  }

  /** The overall counts of the {@code s}-th sentence added (0-based), as a {@link Score}. */
  Score ofSentence(int s) {
    int[] c = bySentence.get(s);
    return new Score(c[0], c[1], c[2]);
  }

  /** The scores of one class. */
  public Score of(NameClass nameClass) {
    int[] c = counts.get(nameClass);
    return new Score(c[0], c[1], c[2]);
  }

  /** The scores over all classes (micro-averaged). */
  public Score overall() {
    int correct = 0;
    int found = 0;
    int gold = 0;
    for (int[] c : counts.values()) {
      correct += c[0];
      found += c[1];
      gold += c[2];
    }
    return new Score(correct, found, gold);
  }

  /** A conlleval-like table: one line per class and an overall line, in percent. */
  public String summary() {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%d sentences, %d tokens, %d gold names, %d found, %d correct%n",
                sentences(),
                tokens,
                overall().gold(),
                overall().found(),
                overall().correct()));
    out.append(
        String.format(Locale.ROOT, "%-13s %7s %7s %7s %6s%n", "class", "P", "R", "F1", "gold"));
    for (NameClass c : NameClass.values()) {
      out.append(of(c).line(c.name()));
    }
    return out.append(overall().line("overall")).toString();
  }

  /**
   * Counts and measures of one class or of all.
   *
   * @param correct names found with the right span and class
   * @param found names the tagger found
   * @param gold names in the gold data
   */
  public record Score(int correct, int found, int gold) {

    /** Correct over found; 0 when nothing was found. */
    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }

    /** Correct over gold; 0 when there is no gold name. */
    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "%-13s %7.2f %7.2f %7.2f %6d%n",
          name,
          100 * precision(),
          100 * recall(),
          100 * f1(),
          gold);
    }
  }
}
