package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * The main class of a parse worker process, started by {@link ParseWorkerPool}: reads raw documents
 * from standard input, parses each in process, and writes the outcome to standard output, until
 * standard input ends. Anything else that would print to standard output goes to standard error, so
 * the frames stay clean.
 *
 * <p>Arguments: the six numbers of {@link IngestProperties}, in declaration order.
 */
public final class ParseWorker {

  private ParseWorker() {}

  public static void main(String[] args) throws IOException {
    IngestProperties limits = limits(args);
    OutputStream frames = redirectStandardOutput();
    DocumentParser parser = new DocumentParser(limits);
    serve(new FileInputStream(FileDescriptor.in), frames, parser::parseHere);
  }

  /**
   * Takes over standard output for the frames; {@code System.out} then writes to standard error.
   */
  static OutputStream redirectStandardOutput() {
    OutputStream frames = new FileOutputStream(FileDescriptor.out);
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    return frames;
  }

  /** Announces readiness, then answers one frame per request until the input ends. */
  static void serve(
      InputStream input, OutputStream output, Function<RawDocument, ParseOutcome> parse)
      throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(input, 1 << 16));
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(output, 1 << 16));
    out.writeInt(ParseFrames.READY);
    out.flush();
    while (true) {
      RawDocument document;
      try {
        document = ParseFrames.readRequest(in);
      } catch (EOFException end) {
        return;
      }
      ParseFrames.writeOutcome(out, parseSafely(document, parse));
    }
  }

  private static ParseOutcome parseSafely(
      RawDocument document, Function<RawDocument, ParseOutcome> parse) {
    try {
      return parse.apply(document);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return new ParseOutcome.Failed(
          RejectReason.MALFORMED,
          e.getClass().getSimpleName(),
          "the parser failed: " + e.getMessage(),
          Optional.empty());
    }
  }

  static IngestProperties limits(String[] args) {
    if (args.length != 6) {
      throw new IllegalArgumentException(
          "expected the six ingest limits, got " + args.length + " arguments");
    }
    return new IngestProperties(
        Long.parseLong(args[0]),
        Integer.parseInt(args[1]),
        Integer.parseInt(args[2]),
        Long.parseLong(args[3]),
        Integer.parseInt(args[4]),
        Integer.parseInt(args[5]));
  }

  static String[] arguments(IngestProperties limits) {
    return new String[] {
      Long.toString(limits.maxFileBytes()),
      Integer.toString(limits.maxTextChars()),
      Integer.toString(limits.maxContainerMembers()),
      Long.toString(limits.maxExpandedBytes()),
      Integer.toString(limits.maxEmbeddedDocuments()),
      Integer.toString(limits.maxEmbeddedDepth())
    };
  }
}
