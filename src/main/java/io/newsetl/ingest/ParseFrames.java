package io.newsetl.ingest;

import io.newsetl.article.DocumentRef;
import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wire format between the job and a parse worker process: length-prefixed frames on the
 * worker's standard input (a raw document) and standard output (a parse outcome). Strings are UTF-8
 * with an int length; an absent optional is length -1.
 */
final class ParseFrames {

  static final int READY = 0x52454459;
  private static final byte PARSED = 'P';
  private static final byte FAILED = 'F';

  private ParseFrames() {}

  static void writeRequest(DataOutputStream out, RawDocument document) throws IOException {
    writeString(out, document.file().relativePath());
    writeString(out, document.file().uri());
    out.writeInt(document.member());
    writeString(out, document.name());
    writeOptional(out, document.declaredType());
    out.writeInt(document.content().length);
    out.write(document.content());
    out.flush();
  }

  static RawDocument readRequest(DataInputStream in) throws IOException {
    String relativePath = readString(in);
    String uri = readString(in);
    int member = in.readInt();
    String name = readString(in);
    Optional<String> declared = readOptional(in);
    byte[] content = new byte[in.readInt()];
    in.readFully(content);
    SourceFile file =
        new SourceFile(0, uri, relativePath, content.length, Instant.EPOCH, Optional.empty());
    return new RawDocument(file, member, name, declared, content);
  }

  static void writeOutcome(DataOutputStream out, ParseOutcome outcome) throws IOException {
    if (outcome instanceof ParseOutcome.Failed failed) {
      out.writeByte(FAILED);
      writeString(out, failed.reason().name());
      writeString(out, failed.errorClass());
      writeString(out, failed.message());
      writeOptional(out, failed.mediaType());
    } else {
      ParsedDocument doc = ((ParseOutcome.Parsed) outcome).document();
      out.writeByte(PARSED);
      writeString(out, doc.mediaType());
      writeOptional(out, doc.charset());
      writeOptional(out, doc.title());
      writeList(out, doc.authors());
      writeOptional(out, doc.publisher());
      writeOptional(out, doc.url());
      writeOptional(out, doc.published().map(p -> p.instant().toString()));
      writeOptional(out, doc.published().map(PublicationDate::source));
      writeList(out, doc.blocks());
    }
    out.flush();
  }

  /** Reads an outcome and attaches it to {@code ref}, the document that was sent. */
  static ParseOutcome readOutcome(DataInputStream in, DocumentRef ref) throws IOException {
    byte kind = in.readByte();
    if (kind == FAILED) {
      return new ParseOutcome.Failed(
          RejectReason.valueOf(readString(in)), readString(in), readString(in), readOptional(in));
    }
    if (kind != PARSED) {
      throw new IOException("unexpected frame " + kind + " from the parse worker");
    }
    String mediaType = readString(in);
    Optional<String> charset = readOptional(in);
    Optional<String> title = readOptional(in);
    List<String> authors = readList(in);
    Optional<String> publisher = readOptional(in);
    Optional<String> url = readOptional(in);
    Optional<String> instant = readOptional(in);
    Optional<String> source = readOptional(in);
    Optional<PublicationDate> published =
        instant.map(i -> new PublicationDate(Instant.parse(i), source.orElse("metadata")));
    return new ParseOutcome.Parsed(
        new ParsedDocument(
            ref, mediaType, charset, title, authors, publisher, url, published, readList(in)));
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("negative string length in a parse frame");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeOptional(DataOutputStream out, Optional<String> value)
      throws IOException {
    if (value.isEmpty()) {
      out.writeInt(-1);
    } else {
      writeString(out, value.get());
    }
  }

  private static Optional<String> readOptional(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return Optional.empty();
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  private static void writeList(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      writeString(out, value);
    }
  }

  private static List<String> readList(DataInputStream in) throws IOException {
    int size = in.readInt();
    List<String> values = new ArrayList<>(Math.max(0, Math.min(size, 1 << 16)));
    for (int i = 0; i < size; i++) {
      values.add(readString(in));
    }
    return values;
  }
}
