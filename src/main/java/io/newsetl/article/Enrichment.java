package io.newsetl.article;

import java.util.List;

/**
 * What enrichment found in an article's text: temporal expressions, sources and quotations, each
 * in text order. Offsets point into the article's {@code text}.
 */
public record Enrichment(List<Temporal> temporal, List<Source> sources, List<Quotation> quotes) {

  private static final Enrichment NONE = new Enrichment(List.of(), List.of(), List.of());

  public Enrichment {
    temporal = List.copyOf(temporal);
    sources = List.copyOf(sources);
    quotes = List.copyOf(quotes);
  }

  /** Nothing found, or enrichment not run. */
  public static Enrichment none() {
    return NONE;
  }
}
