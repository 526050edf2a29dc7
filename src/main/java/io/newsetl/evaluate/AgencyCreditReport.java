package io.newsetl.evaluate;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link AgencyCreditSurvey} found.
 *
 * @param stories stories with a body that were examined
 * @param creditedToReuters stories with Reuters in a dateline or credit
 * @param citingAgency stories citing at least one news agency in the body
 * @param storiesByOutlet per outlet canonical name, the stories that mention it in any role
 * @param citingStoriesByOutlet per outlet canonical name, the stories that cite it
 */
public record AgencyCreditReport(
    int stories,
    int creditedToReuters,
    int citingAgency,
    Map<String, Integer> storiesByOutlet,
    Map<String, Integer> citingStoriesByOutlet) {

  public AgencyCreditReport {
    storiesByOutlet = Collections.unmodifiableMap(new TreeMap<>(storiesByOutlet));
    citingStoriesByOutlet = Collections.unmodifiableMap(new TreeMap<>(citingStoriesByOutlet));
  }

  /** Share of stories credited to Reuters, 0 when there were no stories. */
  public double reutersCreditShare() {
    return stories == 0 ? 0 : (double) creditedToReuters / stories;
  }

  /** Share of stories citing any news agency, 0 when there were no stories. */
  public double agencyCitationShare() {
    return stories == 0 ? 0 : (double) citingAgency / stories;
  }

  /** A few lines for a console or a log. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "stories with a body: %d%n", stories));
    out.append(
        String.format(
            Locale.ROOT,
            "credited to Reuters (dateline or credit): %d (%.2f%%)%n",
            creditedToReuters,
            100 * reutersCreditShare()));
    out.append(
        String.format(
            Locale.ROOT,
            "citing a news agency: %d (%.2f%%)%n",
            citingAgency,
            100 * agencyCitationShare()));
    storiesByOutlet.forEach(
        (name, count) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "  %-28s stories %5d, citing %5d%n",
                    name,
                    count,
                    citingStoriesByOutlet.getOrDefault(name, 0))));
    return out.toString();
  }
}
