package io.newsetl.evaluate;

import io.newsetl.article.PublicationDate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date found in a page.
 *
 * @param published the instant (UTC) and its evidence, as the {@code published_at} and {@code
 *     published_at_source} columns hold them
 * @param pageDay the day of that instant in the time zone the page writes it in, which is the day
 *     the page shows its readers; the UTC day when the page gives no offset
 */
public record FoundDate(PublicationDate published, LocalDate pageDay) {

  public FoundDate {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(pageDay, "pageDay");
  }
}
