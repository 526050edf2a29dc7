package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Takes the files out of a {@code .zip} archive, one document per entry. Entries whose names try to
 * leave the archive ({@code ../}, absolute paths) are refused as unsafe; an entry that expands
 * beyond the limit is refused as too large. Nested archives are one document each.
 */
final class ZipSplitter {

  private final IngestProperties limits;

  ZipSplitter(IngestProperties limits) {
    this.limits = limits;
  }

  ContainerSplit split(SourceFile file, byte[] bytes) {
    List<RawDocument> documents = new ArrayList<>();
    List<ContainerSplit.FailedMember> failures = new ArrayList<>();
    int member = 0;
    long expanded = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory() || isHidden(entry.getName())) {
          continue;
        }
        member++;
        if (member > limits.maxContainerMembers()) {
          failures.addAll(Limits.overflow(member, limits.maxContainerMembers(), "zip"));
          break;
        }
        if (escapes(entry.getName())) {
          failures.add(
              failure(
                  member,
                  RejectReason.UNSAFE,
                  "PathTraversal",
                  "entry name leaves the archive: " + entry.getName()));
          continue;
        }
        // The limit holds for all members together: memory stays bounded by it.
        Optional<byte[]> content =
            BoundedRead.readAtMost(zip, limits.maxExpandedBytes() - expanded);
        if (content.isEmpty()) {
          failures.add(
              failure(
                  member,
                  RejectReason.TOO_LARGE,
                  "ExpansionLimit",
                  "entries expand beyond "
                      + limits.maxExpandedBytes()
                      + " bytes at "
                      + entry.getName()
                      + "; the rest of the archive is not read"));
          break;
        }
        expanded += content.get().length;
        documents.add(
            new RawDocument(file, member, entry.getName(), Optional.empty(), content.get()));
      }
    } catch (IOException | IllegalArgumentException e) {
      failures.add(
          failure(
              member + 1,
              RejectReason.MALFORMED,
              e.getClass().getSimpleName(),
              "unreadable zip: " + e.getMessage()));
    }
    return new ContainerSplit(documents, failures);
  }

  static boolean escapes(String name) {
    String n = name.replace('\\', '/');
    return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || ("/" + n + "/").contains("/../");
  }

  private static boolean isHidden(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.startsWith(".") || name.startsWith("__MACOSX/");
  }

  private static ContainerSplit.FailedMember failure(
      int member, RejectReason reason, String code, String message) {
    return new ContainerSplit.FailedMember(
        member, new ParseOutcome.Failed(reason, code, message, Optional.of("application/zip")));
  }
}
