package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import io.newsetl.article.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a Reuters-21578 style SGML file into its {@code <REUTERS …>…</REUTERS>} stories, one
 * document each, declared as {@value #MEDIA_TYPE}.
 */
final class ReutersSgmlSplitter {

  static final String MEDIA_TYPE = "application/x-reuters-sgml";

  private ReutersSgmlSplitter() {}

  static ContainerSplit split(SourceFile file, byte[] bytes, int maxMembers) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    List<RawDocument> documents = new ArrayList<>();
    int found = 0;
    for (int start = text.indexOf("<REUTERS");
        start >= 0;
        start = text.indexOf("<REUTERS", start + 1)) {
      int end = text.indexOf("</REUTERS>", start);
      if (end < 0) {
        break;
      }
      found++;
      if (found <= maxMembers) {
        int stop = end + "</REUTERS>".length();
        documents.add(
            new RawDocument(
                file,
                found,
                file.fileName() + "#" + found,
                Optional.of(MEDIA_TYPE),
                java.util.Arrays.copyOfRange(bytes, start, stop)));
      }
      start = end;
    }
    return new ContainerSplit(documents, Limits.overflow(found, maxMembers, "SGML"));
  }
}
