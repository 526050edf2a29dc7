package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.AliasMatch;
import java.util.Objects;

/**
 * A span of the text that another extractor has already linked to a knowledge-base entity, such as
 * the news agency of a dateline ("WASHINGTON (AP) —") the source extractor read. It is evidence for
 * an ambiguous alias of that entity in the same place.
 *
 * @param start offset in the text
 * @param end offset after the span (exclusive)
 * @param id the knowledge-base id of the entity
 */
public record LinkedSpan(int start, int end, String id) {

  public LinkedSpan {
    Objects.requireNonNull(id, "id");
  }

  /** Whether this span overlaps {@code match} and names the entity {@code entityId}. */
  boolean covers(AliasMatch match, String entityId) {
    return start < match.end() && match.start() < end && id.equals(entityId);
  }
}
