package io.newsetl.article;

import java.time.Instant;
import java.util.Objects;

/**
 * When an article was published and what evidence said so.
 *
 * @param instant the publication instant in UTC
 * @param source the evidence, such as {@code json-ld}, {@code open-graph}, {@code meta}, {@code
 *     time-element}, {@code metadata}, {@code dateline}, {@code url}, {@code path}
 */
public record PublicationDate(Instant instant, String source) {

  public PublicationDate {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(source, "source");
  }
}
