package io.newsetl.ingest;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.RawDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a NITF (News Industry Text Format) story: headline, byline, dateline, issue date, copyright
 * holder and body paragraphs. DTDs and external entities are never resolved.
 */
final class NitfReader {

  private static final Pattern NITF_ROOT = Pattern.compile("<nitf[\\s>]");
  private static final XMLInputFactory FACTORY = safeFactory();

  private NitfReader() {}

  static boolean isNitf(byte[] content) {
    String head =
        new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1);
    return NITF_ROOT.matcher(head).find();
  }

  static ParsedDocument read(RawDocument document) throws XMLStreamException {
    Story story = new Story();
    XMLStreamReader xml =
        FACTORY.createXMLStreamReader(new ByteArrayInputStream(document.content()));
    try {
      collect(xml, story);
    } finally {
      xml.close();
    }
    List<String> blocks = new ArrayList<>();
    story.dateline.ifPresent(blocks::add);
    blocks.addAll(story.paragraphs);
    return new ParsedDocument(
        document.ref(),
        "application/vnd.iptc.nitf+xml",
        Optional.ofNullable(xml.getEncoding()).or(() -> Optional.of("UTF-8")),
        story.headline.or(() -> story.title),
        story.byline.map(b -> List.of(b.replaceFirst("(?i)^by\\s+", "").strip())).orElse(List.of()),
        story.publisher,
        Optional.empty(),
        story.issued.map(i -> new PublicationDate(i, "metadata")),
        blocks);
  }

  private static void collect(XMLStreamReader xml, Story story) throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "title" -> story.title = text(xml);
        case "hl1" -> {
          Optional<String> headline = text(xml);
          story.headline = story.headline.isPresent() ? story.headline : headline;
        }
        case "byline" -> story.byline = text(xml, "byttl");
        case "dateline" -> story.dateline = text(xml);
        case "p" -> text(xml).ifPresent(story.paragraphs::add);
        case "date.issue" -> story.issued = parseNorm(xml.getAttributeValue(null, "norm"));
        case "doc.copyright" ->
            story.publisher = Optional.ofNullable(xml.getAttributeValue(null, "holder"));
        default -> {}
      }
    }
  }

  private static Optional<String> text(XMLStreamReader xml) throws XMLStreamException {
    return text(xml, null);
  }

  /** The element's text, leaving out the content of child elements named {@code skipped}. */
  private static Optional<String> text(XMLStreamReader xml, String skipped)
      throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    int skipDepth = 0;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (skipDepth == 0 && xml.getLocalName().equals(skipped)) {
          skipDepth = depth;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        skipDepth = depth == skipDepth ? 0 : skipDepth;
        depth--;
      } else if (skipDepth == 0
          && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        text.append(xml.getText());
      }
    }
    String value = text.toString().replaceAll("\\s+", " ").strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static Optional<java.time.Instant> parseNorm(String norm) {
    if (norm == null) {
      return Optional.empty();
    }
    String value = norm.strip();
    try {
      if (value.matches("\\d{8}T\\d{6}([+-]\\d{4}|Z)")) {
        return Optional.of(
            OffsetDateTime.parse(
                    value.replace("Z", "+0000"), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssZ"))
                .toInstant());
      }
      if (value.matches("\\d{8}T\\d{6}")) {
        return Optional.of(
            LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                .toInstant(ZoneOffset.UTC));
      }
      if (value.matches("\\d{8}")) {
        return Optional.of(
            LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  private static final class Story {
    Optional<String> title = Optional.empty();
    Optional<String> headline = Optional.empty();
    Optional<String> byline = Optional.empty();
    Optional<String> dateline = Optional.empty();
    Optional<String> publisher = Optional.empty();
    Optional<java.time.Instant> issued = Optional.empty();
    final List<String> paragraphs = new ArrayList<>();
  }
}
