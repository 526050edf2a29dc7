package io.newsetl.ingest;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads any format Tika knows (text, PDF, office documents, e-mail, RTF) into text and metadata.
 */
final class TikaTextReader {

  private final AutoDetectParser parser;
  private final IngestProperties limits;

  TikaTextReader(TikaConfig config, IngestProperties limits) {
    this.parser = new FixedLookupAutoDetectParser(config);
    this.limits = limits;
  }

  ParsedDocument read(RawDocument document, MediaType type)
      throws IOException, TikaException, SAXException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, document.name());
    metadata.set(Metadata.CONTENT_TYPE, type.toString());
    // The type was detected once already; a second magic detection was a fifth of the parse time.
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
    BodyContentHandler handler = new BodyContentHandler(limits.maxTextChars());
    ParseContext context = new ParseContext();
    // E-mail bodies are embedded parts: let the parser recurse, it is bounded by the write limit.
    context.set(Parser.class, parser);
    BoundedEmbeddedExtractor embedded =
        new BoundedEmbeddedExtractor(
            context, limits.maxEmbeddedDocuments(), limits.maxEmbeddedDepth());
    context.set(EmbeddedDocumentExtractor.class, embedded);
    try (InputStream in = TikaInputStream.get(document.content())) {
      parser.parse(in, handler, metadata, context);
    }
    if (embedded.breach().isPresent()) {
      throw embedded.breach().get();
    }
    TextBlocks.Titled titled =
        TextBlocks.titled(
            Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)), handler.toString());
    return new ParsedDocument(
        document.ref(),
        type.getBaseType().toString(),
        Optional.ofNullable(metadata.get(Metadata.CONTENT_ENCODING)),
        titled.title(),
        authors(metadata),
        Optional.empty(),
        Optional.empty(),
        published(metadata),
        titled.blocks());
  }

  private static List<String> authors(Metadata metadata) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String creator : metadata.getValues(TikaCoreProperties.CREATOR)) {
      String name = creator.replaceAll("<[^>]*>", "").replace("\"", "").strip();
      // Some formats repeat the creator in one value ("AFP, AFP"): keep it once.
      List<String> parts = List.of(name.split("\\s*[,;]\\s*"));
      if (parts.size() > 1 && parts.stream().distinct().count() == 1) {
        name = parts.get(0);
      }
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  private static Optional<PublicationDate> published(Metadata metadata) {
    Date created = metadata.getDate(TikaCoreProperties.CREATED);
    return Optional.ofNullable(created).map(d -> new PublicationDate(d.toInstant(), "metadata"));
  }
}
