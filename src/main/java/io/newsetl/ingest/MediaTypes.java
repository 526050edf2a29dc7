package io.newsetl.ingest;

import java.util.Set;

/** What the pipeline makes of a detected media type. */
final class MediaTypes {

  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
  private static final Set<String> XML =
      Set.of(
          "application/xml", "text/xml", "application/nitf+xml", "application/vnd.iptc.nitf+xml");
  private static final Set<String> NO_TEXT_PREFIXES =
      Set.of("image/", "video/", "audio/", "font/", "model/", "chemical/");
  private static final Set<String> NO_TEXT =
      Set.of(
          "application/octet-stream",
          "application/x-executable",
          "application/x-sharedlib",
          "application/x-msdownload",
          "application/x-dosexec",
          "application/java-vm",
          "application/x-sqlite3",
          "application/vnd.ms-fontobject",
          "application/x-font-ttf");

  private MediaTypes() {}

  static boolean isHtml(String base) {
    return HTML.contains(base);
  }

  static boolean isXml(String base) {
    return XML.contains(base) || base.endsWith("+xml");
  }

  static boolean isTextual(String base) {
    return base.startsWith("text/") || isXml(base) || isHtml(base);
  }

  static boolean mayHoldText(String base) {
    return !NO_TEXT.contains(base) && NO_TEXT_PREFIXES.stream().noneMatch(base::startsWith);
  }
}
