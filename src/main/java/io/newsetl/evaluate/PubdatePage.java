package io.newsetl.evaluate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a publication-date evaluation set.
 *
 * @param url the page's address
 * @param subset the part of the set it belongs to
 * @param htmlPath the page's file, relative to the set's folder ({@code .gz} when compressed)
 * @param gold the day the page was published, empty when it has no determinable date
 */
public record PubdatePage(String url, String subset, String htmlPath, Optional<LocalDate> gold) {

  public PubdatePage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(subset, "subset");
    Objects.requireNonNull(htmlPath, "htmlPath");
    Objects.requireNonNull(gold, "gold");
  }
}
