package io.newsetl.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A stable article identifier: 32 lower-case hex characters, the first 128 bits of the SHA-256 of
 * the document's path below the input root and its member index. The same input laid out the same
 * way always gets the same id, whichever run, date range or machine processes it.
 */
public record ArticleId(String value) {

  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("not an article id: " + value);
    }
  }

  public static ArticleId of(DocumentRef ref) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              (ref.relativePath() + "\u0000" + ref.member()).getBytes(StandardCharsets.UTF_8));
      return new ArticleId(HexFormat.of().formatHex(digest, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
