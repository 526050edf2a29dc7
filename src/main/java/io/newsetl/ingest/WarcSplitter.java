package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Takes the documents out of a WARC file: the payloads of {@code response} and {@code resource}
 * records whose media type can hold an article (HTML, XHTML, plain text, XML, PDF). Requests,
 * metadata, redirects and images are passed over. Member numbers count the records kept.
 */
final class WarcSplitter {

  private final IngestProperties limits;

  WarcSplitter(IngestProperties limits) {
    this.limits = limits;
  }

  ContainerSplit split(SourceFile file, byte[] bytes) {
    List<RawDocument> documents = new ArrayList<>();
    int found = 0;
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        Optional<Member> member = member(next.get());
        if (member.isEmpty()) {
          continue;
        }
        found++;
        if (found <= limits.maxContainerMembers()) {
          documents.add(
              new RawDocument(
                  file,
                  found,
                  member.get().target(),
                  Optional.of(member.get().type()),
                  member.get().body()));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (documents.isEmpty()) {
        return ContainerSplit.failed(
            new ParseOutcome.Failed(
                RejectReason.MALFORMED,
                e.getClass().getSimpleName(),
                "unreadable WARC: " + e.getMessage(),
                Optional.of("application/warc")));
      }
    }
    return new ContainerSplit(
        documents, Limits.overflow(found, limits.maxContainerMembers(), "WARC"));
  }

  private Optional<Member> member(WarcRecord record) throws IOException {
    if (!(record instanceof WarcResponse || record instanceof WarcResource)) {
      return Optional.empty();
    }
    if (record instanceof WarcResponse response && response.http().status() != 200) {
      return Optional.empty();
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    Optional<WarcPayload> payload = target.payload();
    if (payload.isEmpty()) {
      return Optional.empty();
    }
    String type = payload.get().type().toString();
    if (!holdsText(type)) {
      return Optional.empty();
    }
    try (InputStream in = payload.get().body().stream()) {
      Optional<byte[]> body = BoundedRead.readAtMost(in, limits.maxExpandedBytes());
      return body.map(b -> new Member(target.target(), type, b));
    }
  }

  private static boolean holdsText(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.startsWith("text/html")
        || t.startsWith("application/xhtml")
        || t.startsWith("text/plain")
        || t.contains("xml")
        || t.startsWith("application/pdf");
  }

  private record Member(String target, String type, byte[] body) {}
}
