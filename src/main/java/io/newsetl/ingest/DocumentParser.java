package io.newsetl.ingest;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.xml.sax.SAXException;

/**
 * Parses one raw document into text and metadata. Detects the media type (the container's
 * declaration first, then magic bytes and the name), then reads HTML with the main-content
 * extractor, NITF and Reuters SGML with their own readers, and every other format with Tika's
 * {@code AutoDetectParser}, configured by {@code tika-config.xml}.
 *
 * <p>With process isolation ({@link ParseIsolation#process}) the cheap checks (empty, media type,
 * binary bytes) run here and the parsing itself runs in a {@link ParseWorkerPool} (for every
 * format, or only for those read by third-party parsers, as the isolation says): a parse that takes
 * longer than the timeout is stopped and becomes a {@code timeout} failure, and a parser that
 * crashes or exhausts the worker's heap costs only that document. {@link #close()} stops the
 * workers.
 *
 * <p>Thread-safe. Never throws for bad content: every failure is a {@link ParseOutcome.Failed}.
 */
public final class DocumentParser implements AutoCloseable {

  /** File names looked at to decide whether to start a worker ahead of the first document. */
  static final int NAMES_TO_LOOK_AT = 1_000;

  /** Containers whose members' formats their name does not tell. */
  private static final Set<String> NAME_ONLY_CONTAINERS =
      Set.of("application/zip", "application/warc", "application/gzip", "application/x-tar");

  private final IngestProperties limits;
  private final TikaConfig tika;
  private final TikaTextReader textReader;
  private final HtmlDocumentReader htmlReader;
  private final Optional<ParseWorkerPool> workers;
  private final boolean isolateAll;

  /** Parses in this JVM. */
  public DocumentParser(IngestProperties limits) {
    this(limits, ParseIsolation.none());
  }

  /** Parses in this JVM or in worker processes, as {@code isolation} says. */
  public DocumentParser(IngestProperties limits, ParseIsolation isolation) {
    this(limits, isolation, ParserConfiguration.bundled());
  }

  /**
   * Parses in this JVM or in worker processes, as {@code isolation} says, with a configuration
   * loaded beforehand.
   */
  public DocumentParser(
      IngestProperties limits, ParseIsolation isolation, ParserConfiguration configuration) {
    this(limits, isolation, WorkerCommand.standard(), configuration);
  }

  DocumentParser(IngestProperties limits, ParseIsolation isolation, WorkerCommand command) {
    this(limits, isolation, command, ParserConfiguration.bundled());
  }

  private DocumentParser(
      IngestProperties limits,
      ParseIsolation isolation,
      WorkerCommand command,
      ParserConfiguration configuration) {
    this.limits = limits;
    this.tika = configuration.tika();
    this.textReader = new TikaTextReader(tika, limits);
    this.htmlReader = new HtmlDocumentReader(tika.getEncodingDetector(), limits);
    this.isolateAll = isolation.allFormats();
    this.workers =
        isolation.inProcess()
            ? Optional.empty()
            : Optional.of(new ParseWorkerPool(command, limits, isolation));
  }

  /**
   * Starts a parse worker in the background when one of the first {@value #NAMES_TO_LOOK_AT} of
   * {@code fileNames} is, going by its name, of a format parsed in the workers, so that the
   * worker's start-up overlaps the job's own. Does nothing without process isolation, when a worker
   * was started before, or for names that say nothing of the format (a worker then starts on first
   * use). Returns at once.
   */
  public void startWorkersFor(Collection<String> fileNames) {
    workers
        .filter(pool -> fileNames.stream().limit(NAMES_TO_LOOK_AT).anyMatch(this::isolatedByName))
        .ifPresent(ParseWorkerPool::startOneAhead);
  }

  boolean isolatedByName(String fileName) {
    if (isolateAll) {
      return true;
    }
    String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    MediaType type;
    try {
      // without content the detectors go by the name alone
      type = tika.getDetector().detect(null, metadata);
    } catch (IOException e) {
      return false;
    }
    String base = type.getBaseType().toString();
    return !MediaType.OCTET_STREAM.equals(type.getBaseType())
        && !NAME_ONLY_CONTAINERS.contains(base)
        && MediaTypes.mayHoldText(base)
        && needsIsolation(type);
  }

  /** Worker JVMs started so far (0 without process isolation). */
  int workersStarted() {
    return workers.map(ParseWorkerPool::workersStarted).orElse(0);
  }

  public ParseOutcome parse(RawDocument document) {
    return checked(
        document,
        type ->
            workers
                .filter(pool -> isolateAll || needsIsolation(type))
                .map(pool -> typed(pool.parse(document), type))
                .orElseGet(() -> parseChecked(document, type)));
  }

  // Detects the type once, refuses what cannot hold text, and hands the rest to the parsing.
  private ParseOutcome checked(RawDocument document, Function<MediaType, ParseOutcome> parsing) {
    Optional<ParseOutcome.Failed> empty = emptiness(document);
    if (empty.isPresent()) {
      return empty.get();
    }
    MediaType type = detect(document);
    return refusal(document, type)
        .map(ParseOutcome.class::cast)
        .orElseGet(() -> parsing.apply(type));
  }

  // Plain text and HTML are read by the product's own bounded readers; other formats by
  // third-party parsers, which can loop or exhaust the heap.
  private static boolean needsIsolation(MediaType type) {
    String base = type.getBaseType().toString();
    return !(MediaTypes.isHtml(base) || "text/plain".equals(base));
  }

  // A worker that was stopped could not say what it was parsing.
  private static ParseOutcome typed(ParseOutcome outcome, MediaType type) {
    if (outcome instanceof ParseOutcome.Failed f && f.mediaType().isEmpty()) {
      return failed(
          f.reason(), f.errorClass(), f.message(), Optional.of(type.getBaseType().toString()));
    }
    return outcome;
  }

  /** Stops the worker processes, if any. */
  @Override
  public void close() {
    workers.ifPresent(ParseWorkerPool::close);
  }

  private static Optional<ParseOutcome.Failed> emptiness(RawDocument document) {
    byte[] bytes = document.content();
    if (bytes.length == 0 || ContentChecks.isBlank(bytes)) {
      return Optional.of(
          failed(
              RejectReason.EMPTY,
              "EmptyContent",
              bytes.length == 0 ? "the file is empty" : "the file holds only blanks or NUL bytes",
              Optional.empty()));
    }
    return Optional.empty();
  }

  private static Optional<ParseOutcome.Failed> refusal(RawDocument document, MediaType type) {
    String base = type.getBaseType().toString();
    Optional<String> detected = Optional.of(base);
    if (!MediaTypes.mayHoldText(base)) {
      return Optional.of(
          failed(
              RejectReason.UNSUPPORTED,
              "UnsupportedMediaType",
              "media type " + base + " holds no article text",
              detected));
    }
    if (MediaTypes.isTextual(base) && ContentChecks.looksBinary(document.content())) {
      return Optional.of(
          failed(
              RejectReason.MALFORMED,
              "BinaryContent",
              "binary content in a file detected as " + base,
              detected));
    }
    return Optional.empty();
  }

  /** Parses in this JVM, checks included: what a worker process does with each request. */
  ParseOutcome parseHere(RawDocument document) {
    return checked(document, type -> parseChecked(document, type));
  }

  private ParseOutcome parseChecked(RawDocument document, MediaType type) {
    Optional<String> detected = Optional.of(type.getBaseType().toString());
    try {
      ParsedDocument parsed = read(document, type);
      if (parsed.blocks().stream().allMatch(String::isBlank)) {
        return failed(RejectReason.NO_TEXT, "NoText", "parsed, but no text was found", detected);
      }
      return new ParseOutcome.Parsed(parsed);
    } catch (IOException
        | TikaException
        | SAXException
        | XMLStreamException
        | RuntimeException
        | StackOverflowError e) {
      return ParseFailures.classify(e, detected, limits.maxTextChars());
    }
  }

  private ParsedDocument read(RawDocument document, MediaType type)
      throws IOException, TikaException, SAXException, XMLStreamException {
    String base = type.getBaseType().toString();
    if (MediaTypes.isHtml(base)) {
      return htmlReader.read(document, type);
    }
    if (ReutersSgmlSplitter.MEDIA_TYPE.equals(base)) {
      return ReutersStoryReader.read(document);
    }
    if (MediaTypes.isXml(base) && NitfReader.isNitf(document.content())) {
      return NitfReader.read(document);
    }
    return textReader.read(document, type);
  }

  private MediaType detect(RawDocument document) {
    if (document.declaredType().isPresent()) {
      MediaType declared = MediaType.parse(document.declaredType().get());
      if (declared != null && !MediaType.OCTET_STREAM.equals(declared.getBaseType())) {
        return declared;
      }
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, document.name());
    try (InputStream in = TikaInputStream.get(document.content())) {
      return tika.getDetector().detect(in, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException("detection reads from memory and cannot fail", e);
    }
  }

  private static ParseOutcome.Failed failed(
      RejectReason reason, String code, String message, Optional<String> mediaType) {
    return new ParseOutcome.Failed(reason, code, message, mediaType);
  }
}
