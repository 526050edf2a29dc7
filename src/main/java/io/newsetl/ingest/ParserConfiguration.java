package io.newsetl.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.xml.sax.SAXException;

/**
 * The parsers, detectors and encoding detectors of the bundled {@code tika-config.xml}. Loading it
 * takes a noticeable part of start-up, so it is loaded once and shared by every {@link
 * DocumentParser}, and can be loaded ahead of them on another thread. Immutable and thread-safe.
 */
public final class ParserConfiguration {

  private final TikaConfig tika;

  private ParserConfiguration(TikaConfig tika) {
    this.tika = tika;
  }

  /**
   * Loads the bundled configuration.
   *
   * @throws IllegalStateException when it cannot be loaded (a broken build)
   */
  public static ParserConfiguration bundled() {
    try (InputStream in = DocumentParser.class.getResourceAsStream("tika-config.xml")) {
      return new ParserConfiguration(new TikaConfig(in));
    } catch (IOException | TikaException | SAXException e) {
      throw new IllegalStateException("the bundled tika-config.xml cannot be loaded", e);
    }
  }

  TikaConfig tika() {
    return tika;
  }
}
