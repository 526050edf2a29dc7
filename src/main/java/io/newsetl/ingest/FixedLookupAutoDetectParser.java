package io.newsetl.ingest;

import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * Tika's {@link AutoDetectParser} with the parser for each media type looked up in a table built
 * once. Tika rebuilds that table from every parser's supported types on each document, twice (for
 * itself and for the configured default parser inside it), which cost about as much as parsing a
 * short text file. The table maps a type straight to the parser the configured composite would
 * choose for it, walking up the supertypes as Tika does; a type it cannot place falls back to
 * Tika's own lookup. Thread-safe.
 */
final class FixedLookupAutoDetectParser extends AutoDetectParser {

  private static final long serialVersionUID = 1L;

  private final transient Map<MediaType, Parser> byType;

  FixedLookupAutoDetectParser(TikaConfig config) {
    super(config);
    this.byType =
        config.getParser() instanceof CompositeParser composite
            ? Map.copyOf(composite.getParsers(new ParseContext()))
            : Map.of();
  }

  @Override
  protected Parser getParser(Metadata metadata, ParseContext context) {
    String override = metadata.get(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE);
    MediaType type =
        MediaType.parse(override != null ? override : metadata.get(Metadata.CONTENT_TYPE));
    MediaTypeRegistry registry = getMediaTypeRegistry();
    for (MediaType t = type == null ? null : registry.normalize(type);
        t != null;
        t = registry.getSupertype(t)) {
      Parser parser = byType.get(t);
      if (parser != null) {
        return parser;
      }
    }
    return super.getParser(metadata, context);
  }
}
