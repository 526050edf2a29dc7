package io.newsetl.ingest;

import io.newsetl.article.RejectReason;
import java.io.IOException;
import java.util.Objects;

/** An input file that is deliberately not read, with the reject reason to record for it. */
public final class RefusedInputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final RejectReason reason;
  private final String code;

  public RefusedInputException(RejectReason reason, String code, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.code = Objects.requireNonNull(code, "code");
  }

  public RejectReason reason() {
    return reason;
  }

  /** A short code for the rejects' {@code error_class} column. */
  public String code() {
    return code;
  }
}
