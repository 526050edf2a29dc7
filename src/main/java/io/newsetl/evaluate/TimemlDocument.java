package io.newsetl.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A TimeML document read for evaluation: the plain text of its {@code <TEXT>} element (or of the
 * whole document when it has none), the gold {@code TIMEX3} elements in it with character offsets,
 * and the document creation time from {@code <TIMEX3 functionInDocument="CREATION_TIME">}.
 *
 * @param name the file name
 * @param text the text with all tags removed
 * @param creationDate the document creation date, if the document has one
 * @param gold the gold expressions in text order
 */
record TimemlDocument(
    String name, String text, Optional<LocalDate> creationDate, List<GoldTimex> gold) {

  /** A gold TIMEX3: offsets into {@link #text}, type and value as annotated. */
  record GoldTimex(int start, int end, String type, String value) {}

  private static final XMLInputFactory FACTORY = factory();

  static TimemlDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        return parse(file.getFileName().toString(), xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("not well-formed TimeML: " + file, e);
    }
  }

  private static TimemlDocument parse(String name, XMLStreamReader xml) throws XMLStreamException {
    Section whole = new Section();
    Section body = new Section();
    boolean inText = false;
    boolean sawText = false;
    Optional<LocalDate> dct = Optional.empty();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String tag = xml.getLocalName();
        inText |= tag.equals("TEXT");
        sawText |= tag.equals("TEXT");
        Optional<LocalDate> created = startTimex(xml, inText ? body : whole);
        dct = created.isPresent() ? created : dct;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        inText &= !xml.getLocalName().equals("TEXT");
        if (xml.getLocalName().equals("TIMEX3")) {
          whole.close();
          body.close();
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        (inText ? body : whole).append(xml.getText());
      }
    }
    Section chosen = sawText ? body : whole;
    return new TimemlDocument(name, chosen.text.toString(), dct, List.copyOf(chosen.gold));
  }

  /** Opens a gold TIMEX3 in the section; for the creation time, returns its date instead. */
  private static Optional<LocalDate> startTimex(XMLStreamReader xml, Section section) {
    if (!xml.getLocalName().equals("TIMEX3")) {
      return Optional.empty();
    }
    if ("CREATION_TIME".equals(xml.getAttributeValue(null, "functionInDocument"))) {
      return date(xml.getAttributeValue(null, "value"));
    }
    section.open(xml.getAttributeValue(null, "type"), xml.getAttributeValue(null, "value"));
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String value) {
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(value.substring(0, 10)));
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** Text collected so far and the gold expressions inside it. */
  private static final class Section {
    final StringBuilder text = new StringBuilder();
    final List<GoldTimex> gold = new ArrayList<>();
    private String type;
    private String value;
    private int start = -1;

    void open(String openType, String openValue) {
      type = openType;
      value = openValue == null ? "" : openValue;
      start = text.length();
    }

    void append(String chars) {
      text.append(chars);
    }

    void close() {
      if (start >= 0 && text.length() > start) {
        gold.add(new GoldTimex(start, text.length(), type, value));
      }
      start = -1;
    }
  }
}
