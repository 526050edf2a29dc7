package io.newsetl.enrich.published;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence for a publication date, most reliable first; {@link #label()} is the value
 * of the {@code published_at_source} column.
 *
 * <ol>
 *   <li>{@code json-ld}, {@code open-graph}, {@code meta}: a web page's structured metadata
 *       (schema.org {@code datePublished}, {@code article:published_time}, named {@code <meta>}
 *       tags, microdata);
 *   <li>{@code metadata}: the metadata of other formats (NITF issue date, e-mail {@code Date:},
 *       Reuters SGML {@code <DATE>}, document properties);
 *   <li>{@code time-element}: a {@code <time datetime>} element of the page;
 *   <li>{@code dateline}: the date of a wire story's dateline;
 *   <li>{@code url}: a complete day in the page's URL;
 *   <li>{@code path}: the archive date in the file's path;
 *   <li>{@code text}: a date next to "published", "veröffentlicht", "نشر" … in the text, or in a
 *       page's byline or date element.
 * </ol>
 */
public enum DateEvidence {
  JSON_LD,
  OPEN_GRAPH,
  META,
  METADATA,
  TIME_ELEMENT,
  DATELINE,
  URL,
  PATH,
  TEXT;

  /** The column value: lower case with hyphens ({@code json-ld}, {@code time-element}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The evidence a column value names, or empty for an unknown value. */
  public static Optional<DateEvidence> ofLabel(String label) {
    return Arrays.stream(values()).filter(e -> e.label().equals(label)).findFirst();
  }

  /** True for the evidence whose date comes with a time of day from the document itself. */
  boolean isStructured() {
    return ordinal() <= TIME_ELEMENT.ordinal();
  }
}
