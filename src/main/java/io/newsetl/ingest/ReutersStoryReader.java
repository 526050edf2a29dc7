package io.newsetl.ingest;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Reuters-21578 story ({@code <REUTERS>} element): title, date, dateline and body. The
 * dateline is put back in front of the body, where it stands in the wire copy, and the publisher is
 * Reuters.
 */
final class ReutersStoryReader {

  private static final DateTimeFormatter DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-yyyy HH:mm:ss")
          .toFormatter(Locale.ROOT);

  private ReutersStoryReader() {}

  static ParsedDocument read(RawDocument document) {
    String sgml = new String(document.content(), StandardCharsets.ISO_8859_1);
    Optional<String> title = element(sgml, "TITLE");
    Optional<String> dateline = element(sgml, "DATELINE");
    String body = element(sgml, "BODY").orElseGet(() -> element(sgml, "TEXT").orElse(""));
    String text = dateline.map(d -> d + " " + body.stripLeading()).orElse(body);
    return new ParsedDocument(
        document.ref(),
        ReutersSgmlSplitter.MEDIA_TYPE,
        Optional.of("ISO-8859-1"),
        title,
        List.of(),
        Optional.of("Reuters"),
        Optional.empty(),
        element(sgml, "DATE").flatMap(ReutersStoryReader::date),
        TextBlocks.split(text));
  }

  private static Optional<String> element(String sgml, String name) {
    Matcher m =
        Pattern.compile("<" + name + "(?:\\s[^>]*)?>(.*?)</" + name + ">", Pattern.DOTALL)
            .matcher(sgml);
    if (!m.find()) {
      return Optional.empty();
    }
    String value = unescape(m.group(1)).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static String unescape(String text) {
    return text.replaceAll("&#\\d+;", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static Optional<PublicationDate> date(String value) {
    String trimmed = value.strip().replaceFirst("\\.\\d+$", "");
    try {
      return Optional.of(
          new PublicationDate(
              LocalDateTime.parse(trimmed, DATE).toInstant(ZoneOffset.UTC), "metadata"));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
