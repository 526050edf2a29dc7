package io.newsetl.article;

import java.util.List;

/**
 * What enrichment found in an article's text: temporal expressions, sources, quotations and named
 * entities, each in text order. Offsets point into the article's {@code text}.
 */
public record Enrichment(
    List<Temporal> temporal, List<Source> sources, List<Quotation> quotes, List<Entity> entities) {

  private static final Enrichment NONE = new Enrichment(List.of(), List.of(), List.of(), List.of());

  public Enrichment {
    temporal = List.copyOf(temporal);
    sources = List.copyOf(sources);
    quotes = List.copyOf(quotes);
    entities = List.copyOf(entities);
  }

  /** An enrichment without entities. */
  public Enrichment(List<Temporal> temporal, List<Source> sources, List<Quotation> quotes) {
    this(temporal, sources, quotes, List.of());
  }

  /** Nothing found, or enrichment not run. */
  public static Enrichment none() {
    return NONE;
  }
}
