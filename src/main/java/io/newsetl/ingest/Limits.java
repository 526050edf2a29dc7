package io.newsetl.ingest;

import io.newsetl.article.RejectReason;
import java.util.List;
import java.util.Optional;

/** Failures for container members beyond the configured maximum. */
final class Limits {

  private Limits() {}

  /** One failure, filed as member {@code max + 1}, when a container holds more than {@code max}. */
  static List<ContainerSplit.FailedMember> overflow(int found, int max, String kind) {
    if (found <= max) {
      return List.of();
    }
    return List.of(
        new ContainerSplit.FailedMember(
            max + 1,
            new ParseOutcome.Failed(
                RejectReason.TOO_LARGE,
                "MemberLimit",
                kind + " holds " + found + " members; only the first " + max + " were read",
                Optional.empty())));
  }
}
