package io.newsetl.evaluate;

import io.newsetl.enrich.entities.EntityMention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * What entity extraction finds and links in texts without gold data: how many mentions, how many
 * linked, the entities linked most often and a seeded random sample of linked mentions in context
 * to check by hand. Two builds' mention lists ({@link #writeMentions}) can be compared line by
 * line.
 */
public final class LinkCensus {

  private static final int CONTEXT = 30;

  private final List<CensusTexts.Text> texts;
  private final List<List<EntityMention>> mentions;

  private LinkCensus(List<CensusTexts.Text> texts, List<List<EntityMention>> mentions) {
    this.texts = texts;
    this.mentions = mentions;
  }

  /** Extracts the entities of every text. */
  public static LinkCensus of(
      List<CensusTexts.Text> texts, Function<CensusTexts.Text, List<EntityMention>> extract) {
    List<List<EntityMention>> mentions = new ArrayList<>(texts.size());
    for (CensusTexts.Text text : texts) {
      mentions.add(List.copyOf(extract.apply(text)));
    }
    return new LinkCensus(List.copyOf(texts), mentions);
  }

  /** The number of texts. */
  public int articles() {
    return texts.size();
  }

  /** The number of entity mentions. */
  public int mentions() {
    return mentions.stream().mapToInt(List::size).sum();
  }

  /** The number of mentions linked to a knowledge-base identity. */
  public int linked() {
    return (int) all().stream().filter(m -> m.id().isPresent()).count();
  }

  /** Linked mentions per entity ("canonical (id)"), most first, ties by name. */
  public List<Map.Entry<String, Integer>> linkedPerEntity() {
    Map<String, Integer> counts = new HashMap<>();
    for (EntityMention m : all()) {
      m.id().ifPresent(id -> counts.merge(m.canonical() + " (" + id + ")", 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }

  /**
   * {@code size} linked mentions drawn at random with {@code seed} (all of them when fewer), each
   * as "canonical (id) | text | context".
   */
  public List<String> sample(int size, long seed) {
    List<String> linked = new ArrayList<>();
    for (int d = 0; d < texts.size(); d++) {
      String text = texts.get(d).text();
      for (EntityMention m : mentions.get(d)) {
        if (m.id().isPresent()) {
          linked.add(
              m.canonical() + " (" + m.id().get() + ") | " + m.text() + " | " + context(text, m));
        }
      }
    }
    Random random = new Random(seed);
    List<String> drawn = new ArrayList<>();
    for (int i = 0; i < size && !linked.isEmpty(); i++) {
      drawn.add(linked.remove(random.nextInt(linked.size())));
    }
    return drawn;
  }

  /**
   * Writes every mention as a tab-separated line: text name, start, end, text, class, fine type,
   * canonical, id (empty when unlinked), confidence.
   */
  public void writeMentions(Appendable out) throws IOException {
    out.append("source\tstart\tend\ttext\tclass\tfine_type\tcanonical\tid\tconfidence\n");
    for (int d = 0; d < texts.size(); d++) {
      for (EntityMention m : mentions.get(d)) {
        out.append(oneLine(texts.get(d).name()))
            .append('\t')
            .append(Integer.toString(m.start()))
            .append('\t')
            .append(Integer.toString(m.end()))
            .append('\t')
            .append(oneLine(m.text()))
            .append('\t')
            .append(m.type().name())
            .append('\t')
            .append(m.fineType())
            .append('\t')
            .append(oneLine(m.canonical()))
            .append('\t')
            .append(m.id().orElse(""))
            .append('\t')
            .append(String.format(Locale.ROOT, "%.3f", m.confidence()))
            .append('\n');
      }
    }
  }

  /** The counts, the {@code top} entities and a sample of {@code sample} links, as text. */
  public String summary(int top, int sample, long seed) {
    StringBuilder out = new StringBuilder();
    List<Map.Entry<String, Integer>> entities = linkedPerEntity();
    out.append(
        String.format(
            Locale.ROOT,
            "%d articles, %d mentions, %d linked (%.1f%%) to %d entities%n",
            articles(),
            mentions(),
            linked(),
            mentions() == 0 ? 0.0 : 100.0 * linked() / mentions(),
            entities.size()));
    out.append("entities linked most often:\n");
    entities.stream()
        .limit(top)
        .forEach(
            e -> out.append(String.format(Locale.ROOT, "%7d  %s%n", e.getValue(), e.getKey())));
    out.append(String.format(Locale.ROOT, "random linked mentions to check (seed %d):%n", seed));
    sample(sample, seed).forEach(line -> out.append("  ").append(line).append('\n'));
    return out.toString();
  }

  private List<EntityMention> all() {
    return mentions.stream().flatMap(List::stream).toList();
  }

  private static String context(String text, EntityMention m) {
    int from = Math.max(0, m.start() - CONTEXT);
    int to = Math.min(text.length(), m.end() + CONTEXT);
    return oneLine(
        text.substring(from, m.start()) + "[" + m.text() + "]" + text.substring(m.end(), to));
  }

  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
