package io.newsetl.article;

import java.util.Locale;

/** Why a document could not become an article. Stored in lower case in the rejects dataset. */
public enum RejectReason {
  /** Zero bytes, or only whitespace and control characters. */
  EMPTY,
  /** Password protected or encrypted. */
  ENCRYPTED,
  /** Parsed, but without any text (a scanned image, an empty page). */
  NO_TEXT,
  /** Over a configured size limit. */
  TOO_LARGE,
  /** Parsing took longer than the configured limit. */
  TIMEOUT,
  /** Truncated or corrupt content that the parser refused. */
  MALFORMED,
  /** A media type that holds no article text (images, executables, fonts). */
  UNSUPPORTED,
  /** Refused for safety: a path escaping the input root, an entity expansion, a bomb. */
  UNSAFE,
  /** The file could not be read (permissions, vanished, I/O error). */
  UNREADABLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
