package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A parse worker for tests that misbehaves on request: a document named {@code *.hang} loops
 * forever, {@code *.crash} ends the process, {@code *.oom} fills the heap. Others parse normally.
 */
public final class MisbehavingParseWorker {

  private MisbehavingParseWorker() {}

  public static void main(String[] args) throws IOException {
    IngestProperties limits = ParseWorker.limits(args);
    OutputStream frames = ParseWorker.redirectStandardOutput();
    DocumentParser parser = new DocumentParser(limits);
    ParseWorker.serve(
        new FileInputStream(FileDescriptor.in), frames, document -> misbehave(document, parser));
  }

  private static ParseOutcome misbehave(RawDocument document, DocumentParser parser) {
    String name = document.name();
    if (name.endsWith(".hang")) {
      long spins = 0;
      while (spins >= 0) {
        spins = (spins + 1) % Long.MAX_VALUE;
      }
    }
    if (name.endsWith(".crash")) {
      Runtime.getRuntime().halt(7);
    }
    if (name.endsWith(".oom")) {
      List<long[]> hog = new ArrayList<>();
      while (hog.size() >= 0) {
        hog.add(new long[1 << 20]);
      }
    }
    return parser.parseHere(document);
  }
}
