package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import java.util.List;

/**
 * The documents found in one input file, and the members that could not be taken out of it.
 *
 * @param documents documents in the order they appear in the file
 * @param failures members (or the whole file, member 0) that failed, with the reason
 */
public record ContainerSplit(List<RawDocument> documents, List<FailedMember> failures) {

  public ContainerSplit {
    documents = List.copyOf(documents);
    failures = List.copyOf(failures);
  }

  public static ContainerSplit single(RawDocument document) {
    return new ContainerSplit(List.of(document), List.of());
  }

  public static ContainerSplit failed(ParseOutcome.Failed failure) {
    return new ContainerSplit(List.of(), List.of(new FailedMember(0, failure)));
  }

  /** A member that could not be extracted; member 0 means the file as a whole. */
  public record FailedMember(int member, ParseOutcome.Failed failure) {}
}
