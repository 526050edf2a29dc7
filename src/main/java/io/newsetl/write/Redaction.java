package io.newsetl.write;

import java.util.regex.Pattern;

/**
 * Removes secrets from locations and messages before they reach logs or summaries: credentials in
 * URIs ({@code s3a://KEY:SECRET@bucket}), and {@code password=}, {@code secret=}, {@code key=}
 * style parameters.
 */
public final class Redaction {

  private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");
  private static final Pattern SECRET_PARAMS =
      Pattern.compile(
          "(?i)((?:password|passwd|pwd|secret|secret[._-]?key|access[._-]?key|token|fs\\.s3a\\.[a-z.]*key)=)[^&;\\s,]+");

  private Redaction() {}

  /** The location with any user and password part replaced by {@code ***@}. */
  public static String location(String location) {
    return location == null ? null : text(location);
  }

  /** The text with URI credentials and secret-looking parameters masked. */
  public static String text(String text) {
    String masked = USER_INFO.matcher(text).replaceAll("***@");
    return SECRET_PARAMS.matcher(masked).replaceAll("$1***");
  }
}
