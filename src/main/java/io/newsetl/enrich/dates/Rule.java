package io.newsetl.enrich.dates;

import java.util.Optional;

/** Recognizes one family of temporal expressions starting at a given token. */
interface Rule {

  /** The longest expression of this family that starts at token {@code i}, if any. */
  Optional<Match> at(Scan scan, int i);
}
