package io.newsetl.evaluate;

import io.newsetl.ingest.html.HtmlArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * Test stand-in for the product's decoding path: sniffs the page's charset the way jsoup does (BOM,
 * {@code <meta charset>}, else UTF-8), decodes, and runs {@link HtmlArticleExtractor}.
 */
final class JsoupDecodingBodyExtractor implements BodyExtractor {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @Override
  public String extractBody(byte[] rawHtml, String url) {
    return extractor.extract(decode(rawHtml, url), Optional.of(url)).text();
  }

  static String decode(byte[] rawHtml, String url) {
    try {
      Charset charset = Jsoup.parse(new ByteArrayInputStream(rawHtml), null, url).charset();
      String html = new String(rawHtml, charset);
      return html.startsWith("\uFEFF") ? html.substring(1) : html;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
