package io.newsetl.enrich.published;

import io.newsetl.article.PublicationDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides an article's publication date from all the evidence there is. Candidates come from the
 * document's metadata, the dateline, the URL, the path and the text; the most reliable kind of
 * evidence wins, in the order of {@link DateEvidence}. Two rules come before that order:
 *
 * <ul>
 *   <li>A date later than the file's own date is impossible and is dropped: later than the end of
 *       the day after the path date, or, without one, more than a day after the file's modification
 *       time. Dates before 1990 from the URL or the text are dropped too.
 *   <li>A complete day in the URL overrides any other date more than a day away from it: URLs are
 *       minted at first publication, while page metadata often carries the last update and {@code
 *       <time>} elements belong to comments as often as to the article.
 * </ul>
 *
 * <p>Days without a time (dateline, URL, path, text) are midnight UTC; metadata instants keep the
 * time and offset the document gave, converted to UTC (a local time without an offset is read as
 * UTC). A dateline without a year is placed in the year that puts it on or just before the path
 * date, else the metadata date; without either it is passed over.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublishedDateResolver {

  private static final Duration TOLERANCE = Duration.ofDays(1);
  private static final Instant FLOOR = Instant.parse("1990-01-01T00:00:00Z");

  private final DatelineDateExtractor datelines;
  private final UrlDateExtractor urls;
  private final TextDateExtractor texts;

  public PublishedDateResolver() {
    this(new WrittenDateParser());
  }

  PublishedDateResolver(WrittenDateParser parser) {
    this.datelines = new DatelineDateExtractor(parser);
    this.urls = new UrlDateExtractor();
    this.texts = new TextDateExtractor(parser);
  }

  /** The publication date, or empty when no evidence survives. */
  public Optional<PublicationDate> resolve(PublicationEvidence evidence) {
    List<Candidate> candidates = new ArrayList<>();
    Instant latest = latestPossible(evidence);
    DayOrder order = DayOrder.forLanguage(evidence.language());
    evidence
        .metadata()
        .ifPresent(m -> candidates.add(new Candidate(m.instant(), rank(m.source()), m.source())));
    Optional<LocalDate> reference =
        evidence.pathDate().or(() -> evidence.metadata().map(m -> day(m.instant())));
    datelines
        .extract(evidence.text(), reference, order)
        .ifPresent(d -> candidates.add(day(d, DateEvidence.DATELINE)));
    Optional<LocalDate> url = evidence.url().flatMap(urls::extract);
    url.ifPresent(d -> candidates.add(day(d, DateEvidence.URL)));
    evidence.pathDate().ifPresent(d -> candidates.add(day(d, DateEvidence.PATH)));
    texts.extract(evidence.text(), order).ifPresent(d -> candidates.add(day(d, DateEvidence.TEXT)));
    List<Candidate> possible =
        candidates.stream()
            .filter(c -> !c.instant().isAfter(latest))
            .filter(c -> c.rank().isStructured() || !c.instant().isBefore(FLOOR))
            .sorted(Comparator.comparing(Candidate::rank))
            .toList();
    return possible.stream()
        .findFirst()
        .map(best -> overriddenByUrl(best, possible))
        .map(Candidate::toDate);
  }

  private static Candidate overriddenByUrl(Candidate best, List<Candidate> possible) {
    if (best.rank().compareTo(DateEvidence.URL) >= 0) {
      return best;
    }
    return possible.stream()
        .filter(c -> c.rank() == DateEvidence.URL)
        .filter(
            c ->
                Duration.between(c.instant(), best.instant()).abs().compareTo(Duration.ofHours(48))
                    >= 0)
        .findFirst()
        .orElse(best);
  }

  /** The end of the day after the path date, else a day after the file's modification time. */
  private static Instant latestPossible(PublicationEvidence evidence) {
    return evidence
        .pathDate()
        .map(d -> d.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1))
        .orElseGet(() -> evidence.fileTime().plus(TOLERANCE));
  }

  private static DateEvidence rank(String source) {
    return DateEvidence.ofLabel(source).orElse(DateEvidence.METADATA);
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Candidate day(LocalDate day, DateEvidence evidence) {
    return new Candidate(day.atStartOfDay(ZoneOffset.UTC).toInstant(), evidence, evidence.label());
  }

  private record Candidate(Instant instant, DateEvidence rank, String label) {
    PublicationDate toDate() {
      return new PublicationDate(instant, label);
    }
  }
}
