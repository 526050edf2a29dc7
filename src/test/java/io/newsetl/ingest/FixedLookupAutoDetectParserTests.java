package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.hostile.OfficeFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.SAXException;

class FixedLookupAutoDetectParserTests {

  private static final TikaConfig CONFIG = config();
  private static final Parser TIKA = new AutoDetectParser(CONFIG);
  private static final Parser FIXED = new FixedLookupAutoDetectParser(CONFIG);

  @ParameterizedTest
  @CsvSource({
    "story.txt,   text/plain",
    "story.txt,   text/plain; charset=UTF-8",
    "story.csv,   text/csv",
    "release.eml, message/rfc822",
    "story.pdf,   application/pdf",
    "story.bin,   application/x-unknown-to-tika",
  })
  void readsWithTheParserTikaChooses(String name, String type) throws Exception {
    byte[] content = contentOf(name);

    Parsed expected = parse(TIKA, name, type, content);
    Parsed actual = parse(FIXED, name, type, content);

    assertThat(actual.text()).isEqualTo(expected.text());
    assertThat(actual.leafParser()).isEqualTo(expected.leafParser());
  }

  private static byte[] contentOf(String name) throws IOException {
    if (name.endsWith(".pdf")) {
      return OfficeFixtures.textPdf("Markets rallied on Wednesday in Frankfurt.");
    }
    String text =
        name.endsWith(".eml")
            ? "From: Press Office <press@example.org>\nSubject: Rail line\n"
                + "Content-Type: text/plain; charset=UTF-8\n\nThe ministry announced a rail line.\n"
            : "city,population\nCairo,\"22,183,000\"\nRiyadh,7538000\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Parsed parse(Parser parser, String name, String type, byte[] content)
      throws IOException, SAXException, TikaException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type);
    BodyContentHandler handler = new BodyContentHandler(-1);
    try (InputStream in = TikaInputStream.get(content)) {
      parser.parse(in, handler, metadata, new ParseContext());
    }
    List<String> parsedBy = List.of(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY));
    String leaf = parsedBy.isEmpty() ? "none" : parsedBy.get(parsedBy.size() - 1);
    return new Parsed(handler.toString(), leaf);
  }

  private static TikaConfig config() {
    try (InputStream in = DocumentParser.class.getResourceAsStream("tika-config.xml")) {
      return new TikaConfig(in);
    } catch (IOException | TikaException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Parsed(String text, String leafParser) {}
}
