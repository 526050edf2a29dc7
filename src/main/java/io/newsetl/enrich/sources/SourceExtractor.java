package io.newsetl.enrich.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the news organizations behind an article: the publisher from metadata, the agency in the
 * dateline, agencies credited for the story, and agencies and outlets cited in the text.
 *
 * <p>Names are matched against an {@link OutletCatalog} in every catalog language whatever the
 * article's language; the language only selects the context words (citation cues, credit markers).
 * Ambiguous aliases ("AP", "SPA", "Petra", "dpa") count only in a dateline, a credit position, or
 * next to a cue or an agency descriptor. Offsets are into the text as given; a publisher from
 * metadata has offsets -1.
 *
 * <p>Returns an empty list when nothing is found; never null. Instances are immutable and
 * thread-safe; build one and share it.
 */
public final class SourceExtractor {

  private final OutletCatalog catalog;
  private final AliasIndex index;
  private final CitationCues cues;
  private final HouseCreditRule houseCredits;

  public SourceExtractor(OutletCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.index = new AliasIndex(catalog.aliases());
    this.cues = CitationCues.bundled();
    this.houseCredits = new HouseCreditRule(catalog);
  }

  /** An extractor over the bundled catalog. */
  public static SourceExtractor withBundledCatalog() {
    return new SourceExtractor(OutletCatalog.bundled());
  }

  public OutletCatalog catalog() {
    return catalog;
  }

  /**
   * Every source mention, publisher first, then in text order.
   *
   * @param text the article text
   * @param language ISO 639-1 code of the text, or {@code und}
   * @param publisher the publisher from metadata (a name or a web address), if any
   */
  public List<SourceMention> extract(String text, String language, Optional<String> publisher) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(publisher, "publisher");
    List<SourceMention> mentions = new ArrayList<>();
    publisher.filter(p -> !p.isBlank()).ifPresent(p -> mentions.add(publisherMention(p)));
    FoldedText folded = FoldedText.of(text);
    List<AliasHit> hits = index.find(folded);
    Set<String> companies = companyNames(folded, hits, language);
    AliasHit previous = null;
    for (AliasHit hit : hits) {
      HitContext context = new HitContext(folded, hit, cues, language);
      boolean company = hit.alias().ambiguous() && companies.contains(surface(folded, hit));
      if (!company && !restatesPrevious(context, previous)) {
        role(context).ifPresent(role -> mentions.add(mention(hit, role, text)));
      }
      previous = hit;
    }
    mentions.addAll(houseCredits.find(text));
    mentions.sort(Comparator.comparingInt(SourceMention::start));
    return mentions;
  }

  private static Optional<SourceRole> role(HitContext context) {
    if (CitationRule.blocked(context)) {
      return Optional.empty();
    }
    if (DatelineRule.matches(context)) {
      return Optional.of(SourceRole.DATELINE);
    }
    if (CreditRule.matches(context)) {
      return Optional.of(SourceRole.CREDIT);
    }
    return CitationRule.matches(context) ? Optional.of(SourceRole.CITED) : Optional.empty();
  }

  /**
   * Ambiguous names used for a company somewhere in the text ("<AFP>", "AFP Imaging Corp") mean
   * that company throughout it.
   */
  private Set<String> companyNames(FoldedText folded, List<AliasHit> hits, String language) {
    Set<String> companies = new HashSet<>();
    for (AliasHit hit : hits) {
      if (hit.alias().ambiguous()
          && CitationRule.blocked(new HitContext(folded, hit, cues, language))) {
        companies.add(surface(folded, hit));
      }
    }
    return companies;
  }

  private static String surface(FoldedText folded, AliasHit hit) {
    return folded.folded().substring(hit.foldedStart(), hit.foldedEnd());
  }

  /**
   * "Press Trust of India (PTI)", "Emirates news agency WAM": an abbreviation right after the full
   * name restates it.
   */
  private static boolean restatesPrevious(HitContext context, AliasHit previous) {
    if (previous == null || !previous.outlet().equals(context.hit.outlet())) {
      return false;
    }
    int before = context.skipBlanksBack(context.hit.wordStart());
    if (context.charAt(before - 1) == '(') {
      before = context.skipBlanksBack(before - 1);
    }
    return before == previous.foldedEnd();
  }

  private SourceMention publisherMention(String publisher) {
    Optional<Outlet> outlet = catalog.resolve(publisher);
    String name = outlet.map(Outlet::canonicalName).orElse(publisher.strip());
    return new SourceMention(name, outlet.map(Outlet::id), SourceRole.PUBLISHER, publisher, -1, -1);
  }

  private static SourceMention mention(AliasHit hit, SourceRole role, String text) {
    Outlet outlet = hit.outlet();
    return new SourceMention(
        outlet.canonicalName(),
        Optional.of(outlet.id()),
        role,
        text.substring(hit.start(), hit.end()),
        hit.start(),
        hit.end());
  }
}
