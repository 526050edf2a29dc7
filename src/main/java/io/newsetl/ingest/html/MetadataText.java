package io.newsetl.ingest.html;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Cleans metadata values: HTML entities decoded, whitespace collapsed, blanks dropped. */
final class MetadataText {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private MetadataText() {}

  static Optional<String> clean(Optional<String> value) {
    return value
        .map(MetadataText::unescape)
        .map(v -> SPACES.matcher(v).replaceAll(" ").strip())
        .filter(v -> !v.isEmpty());
  }

  static String unescape(String value) {
    return value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value;
  }
}
