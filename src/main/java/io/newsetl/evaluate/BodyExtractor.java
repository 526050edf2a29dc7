package io.newsetl.evaluate;

/** An article-body extractor under evaluation: raw page bytes in, plain body text out. */
@FunctionalInterface
public interface BodyExtractor {

  /**
   * The main text of a page.
   *
   * @param rawHtml the page as fetched, not decoded
   * @param url the page's address
   * @return the body text, empty when none was found; never null
   */
  String extractBody(byte[] rawHtml, String url);
}
