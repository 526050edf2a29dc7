package io.newsetl.evaluate;

import java.time.Instant;
import java.util.Optional;

/** What is being evaluated: the publication date found in one web page. */
@FunctionalInterface
public interface PublicationDateFinder {

  /**
   * The publication date of the page, or empty when none is found.
   *
   * @param html the page's bytes, not decoded
   * @param url the page's address
   * @param fileTime the modification time of the file the page was read from
   */
  Optional<FoundDate> find(byte[] html, String url, Instant fileTime);
}
