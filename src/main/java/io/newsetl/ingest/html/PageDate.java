package io.newsetl.ingest.html;

import io.newsetl.article.PublicationDate;
import java.time.OffsetDateTime;

/**
 * A publication date as the page writes it, with the page's own offset (UTC when it gives none),
 * and the metadata it came from.
 */
record PageDate(OffsetDateTime written, String source) {

  PublicationDate toPublicationDate() {
    return new PublicationDate(written.toInstant(), source);
  }
}
