/**
 * The publication date of an article: evidence from the document's metadata, its URL, the date in
 * its path, the dateline and the text, and the decision between them ({@link
 * io.newsetl.enrich.published.PublishedDateResolver}).
 *
 * <p>Pure logic on strings and dates: no Spring, Tika, Parquet or Hadoop. Month names come from the
 * CLDR data in ICU4J. Every public class here is thread-safe.
 */
package io.newsetl.enrich.published;
