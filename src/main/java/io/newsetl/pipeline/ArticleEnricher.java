package io.newsetl.pipeline;

import io.newsetl.article.Article;
import io.newsetl.article.Enrichment;
import io.newsetl.article.Entity;
import io.newsetl.article.Quotation;
import io.newsetl.article.Source;
import io.newsetl.article.Temporal;
import io.newsetl.enrich.dates.TemporalExpression;
import io.newsetl.enrich.dates.TemporalExtractor;
import io.newsetl.enrich.entities.EntityExtractor;
import io.newsetl.enrich.entities.EntityMention;
import io.newsetl.enrich.entities.LinkedSpan;
import io.newsetl.enrich.quotes.Quote;
import io.newsetl.enrich.quotes.QuoteExtractor;
import io.newsetl.enrich.sources.SourceExtractor;
import io.newsetl.enrich.sources.SourceMention;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Adds temporal expressions, sources, quotes and named entities to an article. Relative dates are
 * resolved against the publication date, else the archive date. Named entities are found in the
 * title and the text read together ({@link TitleAndText}), and kept apart: those of the title in
 * {@link Enrichment#titleEntities()}; the sources read in the text are evidence for the ambiguous
 * alias of their entity in the same place (the AP of "WASHINGTON (AP) —"). Thread-safe.
 */
public final class ArticleEnricher {

  private final Optional<TemporalExtractor> temporal;
  private final Optional<SourceExtractor> sources;
  private final Optional<QuoteExtractor> quotes;
  private final Optional<EntityExtractor> entities;

  /** An enricher without entity extraction. */
  public ArticleEnricher(
      TemporalExtractor temporal, SourceExtractor sources, QuoteExtractor quotes) {
    this(Optional.of(temporal), Optional.of(sources), Optional.of(quotes), Optional.empty());
  }

  public ArticleEnricher(
      TemporalExtractor temporal,
      SourceExtractor sources,
      QuoteExtractor quotes,
      EntityExtractor entities) {
    this(Optional.of(temporal), Optional.of(sources), Optional.of(quotes), Optional.of(entities));
  }

  /** An enricher without entity extraction that runs only the extractors present. */
  public ArticleEnricher(
      Optional<TemporalExtractor> temporal,
      Optional<SourceExtractor> sources,
      Optional<QuoteExtractor> quotes) {
    this(temporal, sources, quotes, Optional.empty());
  }

  /** An enricher that runs only the extractors present; an absent one leaves its list empty. */
  public ArticleEnricher(
      Optional<TemporalExtractor> temporal,
      Optional<SourceExtractor> sources,
      Optional<QuoteExtractor> quotes,
      Optional<EntityExtractor> entities) {
    this.temporal = temporal;
    this.sources = sources;
    this.quotes = quotes;
    this.entities = entities;
  }

  /** An enricher that runs no extractor: every enrichment list stays empty. */
  public static ArticleEnricher none() {
    return new ArticleEnricher(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Article enrich(Article article) {
    LocalDate reference =
        article
            .published()
            .map(p -> LocalDate.ofInstant(p.instant(), ZoneOffset.UTC))
            .orElse(article.archiveDate());
    String text = article.text();
    String language = article.language();
    List<SourceMention> credits =
        sources.map(s -> s.extract(text, language, article.publisher())).orElse(List.of());
    TitleAndText titled = TitleAndText.of(article.title(), text);
    List<EntityMention> mentions =
        entities
            .map(e -> e.extract(titled.joined(), language, linkedSpans(credits, titled)))
            .orElse(List.of());
    return article.withEnrichment(
        new Enrichment(
            temporal
                .map(
                    t ->
                        t.extract(text, language, Optional.of(reference)).stream()
                            .map(ArticleEnricher::temporal)
                            .toList())
                .orElse(List.of()),
            credits.stream().map(ArticleEnricher::source).toList(),
            quotes
                .map(
                    q ->
                        q.extract(text, language).stream().map(ArticleEnricher::quotation).toList())
                .orElse(List.of()),
            mentions.stream()
                .filter(e -> titled.inText(e.start()))
                .map(e -> entity(e, -titled.textStart()))
                .toList(),
            mentions.stream()
                .filter(e -> titled.inTitle(e.start(), e.end()))
                .map(e -> entity(e, 0))
                .toList()));
  }

  // the sources read in the text that name a knowledge-base entity, as spans of the joined text:
  // evidence for an ambiguous alias there ("WASHINGTON (AP) —")
  private static List<LinkedSpan> linkedSpans(List<SourceMention> credits, TitleAndText titled) {
    return credits.stream()
        .filter(c -> c.start() >= 0 && c.id().isPresent())
        .map(
            c ->
                new LinkedSpan(
                    c.start() + titled.textStart(), c.end() + titled.textStart(), c.id().get()))
        .toList();
  }

  // shift: what to add to the mention's offsets
  private static Entity entity(EntityMention e, int shift) {
    return new Entity(
        e.text(),
        e.type().name(),
        e.fineType(),
        e.start() + shift,
        e.end() + shift,
        e.canonical(),
        e.id(),
        e.confidence());
  }

  private static Temporal temporal(TemporalExpression t) {
    return new Temporal(t.text(), t.type().name(), t.value(), t.start(), t.end());
  }

  private static Source source(SourceMention s) {
    return new Source(
        s.name(), s.id(), s.role().name().toLowerCase(Locale.ROOT), s.text(), s.start(), s.end());
  }

  private static Quotation quotation(Quote q) {
    return new Quotation(q.text(), q.speaker(), q.speakerText(), q.cue(), q.start(), q.end());
  }
}
