package io.newsetl.article;

import java.util.List;

/**
 * What enrichment found in an article: temporal expressions, sources, quotations and named entities
 * of its text, and the named entities of its title, each in order. Offsets point into the article's
 * {@code text}, those of {@code titleEntities} into its {@code title}.
 */
public record Enrichment(
    List<Temporal> temporal,
    List<Source> sources,
    List<Quotation> quotes,
    List<Entity> entities,
    List<Entity> titleEntities) {

  private static final Enrichment NONE =
      new Enrichment(List.of(), List.of(), List.of(), List.of(), List.of());

  public Enrichment {
    temporal = List.copyOf(temporal);
    sources = List.copyOf(sources);
    quotes = List.copyOf(quotes);
    entities = List.copyOf(entities);
    titleEntities = List.copyOf(titleEntities);
  }

  /** An enrichment without entities. */
  public Enrichment(List<Temporal> temporal, List<Source> sources, List<Quotation> quotes) {
    this(temporal, sources, quotes, List.of(), List.of());
  }

  /** Nothing found, or enrichment not run. */
  public static Enrichment none() {
    return NONE;
  }
}
