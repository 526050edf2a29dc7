package io.newsetl.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the stories of Reuters-21578 files ({@code reut2-NNN.sgm}, optionally gzip-compressed). The
 * files are not well-formed XML, so stories are cut out with patterns. Only stories with a {@code
 * <BODY>} are returned. The files are ASCII apart from one byte, read as ISO-8859-1 so that no byte
 * is ever rejected. Thread-safe (stateless).
 */
public final class ReutersSgml {

  private static final Pattern STORY =
      Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern DATELINE =
      Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern REFERENCE = Pattern.compile("&(#(\\d{1,7})|lt|gt|amp|quot);");

  private ReutersSgml() {}

  /** The {@code reut2-*.sgm} and {@code reut2-*.sgm.gz} files of a folder, sorted by name. */
  public static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing
          .filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm(\\.gz)?"))
          .sorted()
          .toList();
    }
  }

  /** The stories with a body in one file, in file order. */
  public static List<SgmlStory> read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    }
  }

  /** The stories with a body in SGML text. */
  public static List<SgmlStory> parse(String sgml) {
    List<SgmlStory> stories = new ArrayList<>();
    Matcher story = STORY.matcher(sgml);
    while (story.find()) {
      Matcher body = BODY.matcher(story.group(2));
      if (body.find()) {
        Matcher dateline = DATELINE.matcher(story.group(2));
        String line = dateline.find() ? decode(dateline.group(1)) : "";
        stories.add(new SgmlStory(story.group(1), line, decode(body.group(1))));
      }
    }
    return stories;
  }

  /** Decodes SGML references and drops control characters other than line breaks and tabs. */
  static String decode(String sgml) {
    Matcher m = REFERENCE.matcher(sgml);
    StringBuilder out = new StringBuilder(sgml.length());
    while (m.find()) {
      String replacement =
          switch (m.group(1)) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> codePoint(Integer.parseInt(m.group(2)));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
  }

  private static String codePoint(int value) {
    return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : "";
  }
}
