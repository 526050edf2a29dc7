package io.newsetl.write.parquet;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Conversions between {@link Instant} and Parquet TIMESTAMP(MICROS) values. */
final class Timestamps {

  private static final long MICROS_PER_SECOND = 1_000_000L;

  private Timestamps() {}

  /** Microseconds since the epoch; anything finer than a microsecond is dropped (floor). */
  static long toMicros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1000);
  }

  static Instant fromMicros(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
  }

  /** The instant as it reads back from a file. */
  static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
