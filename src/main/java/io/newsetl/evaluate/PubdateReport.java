package io.newsetl.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The result of a publication-date evaluation.
 *
 * @param overall counts over every page, by the day the page shows
 * @param utc counts over every page, by the UTC day of the instant found
 * @param subsets counts per subset of the set, by subset name in alphabetical order
 * @param bySource counts over the pages dated by each evidence ({@code json-ld}, {@code url}, …):
 *     true positives are the pages it dated right, false positives those it dated wrong
 * @param failures pages where the finder threw; they count as no date found
 * @param misses pages where the date found differs from the gold date, in set order
 */
public record PubdateReport(
    PubdateCounts overall,
    PubdateCounts utc,
    Map<String, PubdateCounts> subsets,
    Map<String, PubdateCounts> bySource,
    int failures,
    List<PubdateMiss> misses) {

  public PubdateReport {
    subsets = Map.copyOf(subsets);
    bySource = Map.copyOf(bySource);
    misses = List.copyOf(misses);
  }

  /**
   * Lines in the style of htmldate's comparison script: overall, per subset, overall by UTC day,
   * and per evidence.
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(line("all", overall));
    subsets.keySet().stream().sorted().forEach(name -> out.append(line(name, subsets.get(name))));
    out.append(line("all, UTC day", utc));
    StringJoiner sources = new StringJoiner(", ", "by evidence (right/wrong): ", "\n");
    bySource.keySet().stream()
        .sorted()
        .forEach(
            s ->
                sources.add(
                    String.format(
                        Locale.ROOT,
                        "%s %d/%d",
                        s,
                        bySource.get(s).truePositives(),
                        bySource.get(s).falsePositives())));
    out.append(sources);
    out.append(String.format(Locale.ROOT, "failures=%d%n", failures));
    return out.toString();
  }

  private static String line(String name, PubdateCounts c) {
    return String.format(
        Locale.ROOT,
        "%-16s pages=%d precision=%.3f recall=%.3f F1=%.3f accuracy=%.3f (tp=%d fp=%d tn=%d fn=%d)%n",
        name,
        c.documents(),
        c.precision(),
        c.recall(),
        c.f1(),
        c.accuracy(),
        c.truePositives(),
        c.falsePositives(),
        c.trueNegatives(),
        c.falseNegatives());
  }
}
