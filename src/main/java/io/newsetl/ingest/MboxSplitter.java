package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import io.newsetl.article.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits an mbox file at its {@code From } separator lines; one document per message. */
final class MboxSplitter {

  private MboxSplitter() {}

  static ContainerSplit split(SourceFile file, byte[] bytes, int maxMembers) {
    // ISO-8859-1 maps bytes one to one, so offsets in the string are offsets in the bytes.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    List<Integer> starts = new ArrayList<>();
    int at = 0;
    while (at >= 0 && at < text.length()) {
      if (text.startsWith("From ", at) && (at == 0 || text.charAt(at - 1) == '\n')) {
        starts.add(at);
      }
      at = text.indexOf('\n', at);
      at = at < 0 ? -1 : at + 1;
    }
    List<RawDocument> documents = new ArrayList<>();
    for (int i = 0; i < starts.size() && i < maxMembers; i++) {
      int from = text.indexOf('\n', starts.get(i)) + 1;
      int to = i + 1 < starts.size() ? starts.get(i + 1) : bytes.length;
      if (from <= 0 || from >= to) {
        continue;
      }
      byte[] message = java.util.Arrays.copyOfRange(bytes, from, to);
      documents.add(
          new RawDocument(
              file,
              i + 1,
              file.fileName() + "#" + (i + 1),
              Optional.of("message/rfc822"),
              message));
    }
    return new ContainerSplit(documents, Limits.overflow(starts.size(), maxMembers, "mbox"));
  }
}
