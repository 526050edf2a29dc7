package io.newsetl.ingest;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.RawDocument;
import io.newsetl.ingest.html.HtmlArticleExtractor;
import io.newsetl.ingest.html.HtmlPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Reads an HTML page: the charset comes from the declared content type or Tika's detectors (byte
 * order mark, {@code <meta>}, ICU4J), then the main-content extractor finds the article.
 */
final class HtmlDocumentReader {

  private final EncodingDetector encodingDetector;
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
  private final IngestProperties limits;

  HtmlDocumentReader(EncodingDetector encodingDetector, IngestProperties limits) {
    this.encodingDetector = encodingDetector;
    this.limits = limits;
  }

  ParsedDocument read(RawDocument document, MediaType type)
      throws IOException, org.apache.tika.exception.WriteLimitReachedException {
    Charset charset = charset(document, type);
    String html = new String(document.content(), charset);
    if (html.length() > limits.maxTextChars() * 4L) {
      throw new org.apache.tika.exception.WriteLimitReachedException(limits.maxTextChars());
    }
    Optional<String> base =
        document.name().matches("^https?://.*") ? Optional.of(document.name()) : Optional.empty();
    HtmlPage page = extractor.extract(html, base);
    return new ParsedDocument(
        document.ref(),
        type.getBaseType().toString(),
        Optional.of(charset.name()),
        page.title(),
        page.authors(),
        page.publisher(),
        page.url().or(() -> base),
        page.published(),
        page.blocks());
  }

  private Charset charset(RawDocument document, MediaType type) throws IOException {
    Optional<Charset> declared =
        Optional.ofNullable(type.getParameters().get("charset"))
            .flatMap(HtmlDocumentReader::forName);
    if (declared.isPresent()) {
      return declared.get();
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, document.name());
    try (InputStream in = TikaInputStream.get(document.content())) {
      Charset detected = encodingDetector.detect(in, metadata);
      return detected == null ? StandardCharsets.UTF_8 : detected;
    }
  }

  private static Optional<Charset> forName(String name) {
    try {
      return Optional.of(Charset.forName(name.strip().replace("\"", "")));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
