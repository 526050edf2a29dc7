package io.newsetl.evaluate;

import io.newsetl.enrich.sources.Outlet;
import io.newsetl.enrich.sources.OutletKind;
import io.newsetl.enrich.sources.SourceExtractor;
import io.newsetl.enrich.sources.SourceMention;
import io.newsetl.enrich.sources.SourceRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a {@link SourceExtractor} over the Reuters-21578 collection and counts how many stories it
 * credits to Reuters (dateline or credit line) and how many cite a news agency. Every story of that
 * collection was filed by Reuters, so the credit share is a recall figure for sign-offs; the
 * citation counts show what the body cites.
 *
 * <p>Usage: {@code java -cp target/classes io.newsetl.evaluate.AgencyCreditSurvey
 * ../shared/datasets/reuters21578}
 */
public final class AgencyCreditSurvey {

  private static final String REUTERS_ID = "Q130879";

  private AgencyCreditSurvey() {}

  /**
   * Surveys every {@code reut2-*.sgm(.gz)} file of a folder.
   *
   * @throws IOException when a file cannot be read
   */
  public static AgencyCreditReport run(Path reuters21578Folder, SourceExtractor extractor)
      throws IOException {
    Tally tally = new Tally(extractor);
    for (Path file : ReutersSgml.files(reuters21578Folder)) {
      ReutersSgml.read(file).forEach(tally::add);
    }
    return tally.report();
  }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/datasets/reuters21578");
    long start = System.nanoTime();
    AgencyCreditReport report = run(folder, SourceExtractor.withBundledCatalog());
    System.out.print(report.summary());
    System.out.printf("took %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }

  /** Counts per story; one instance per survey run. */
  private static final class Tally {
    private final SourceExtractor extractor;
    private int stories;
    private int credited;
    private int citing;
    private final Map<String, Integer> byOutlet = new HashMap<>();
    private final Map<String, Integer> citingByOutlet = new HashMap<>();

    Tally(SourceExtractor extractor) {
      this.extractor = extractor;
    }

    void add(SgmlStory story) {
      List<SourceMention> mentions = extractor.extract(story.text(), "en", Optional.empty());
      stories++;
      Set<String> named = new HashSet<>();
      Set<String> cited = new HashSet<>();
      boolean reuters = false;
      for (SourceMention m : mentions) {
        named.add(m.name());
        boolean filed = m.role() == SourceRole.DATELINE || m.role() == SourceRole.CREDIT;
        reuters |= filed && m.id().filter(REUTERS_ID::equals).isPresent();
        if (m.role() == SourceRole.CITED && isAgency(m)) {
          cited.add(m.name());
        }
      }
      credited += reuters ? 1 : 0;
      citing += cited.isEmpty() ? 0 : 1;
      named.forEach(name -> byOutlet.merge(name, 1, Integer::sum));
      cited.forEach(name -> citingByOutlet.merge(name, 1, Integer::sum));
    }

    private boolean isAgency(SourceMention m) {
      return m.id()
          .flatMap(id -> extractor.catalog().byId(id))
          .map(Outlet::kind)
          .filter(OutletKind.NEWS_AGENCY::equals)
          .isPresent();
    }

    AgencyCreditReport report() {
      return new AgencyCreditReport(stories, credited, citing, byOutlet, citingByOutlet);
    }
  }
}
