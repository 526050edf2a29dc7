package io.newsetl.article;

import java.util.Objects;

/**
 * Where a document comes from: the file's path below the input root and the member index inside it
 * (0 for a plain file).
 */
public record DocumentRef(String relativePath, int member) implements Comparable<DocumentRef> {

  public DocumentRef {
    Objects.requireNonNull(relativePath, "relativePath");
  }

  @Override
  public int compareTo(DocumentRef other) {
    int byPath = relativePath.compareTo(other.relativePath);
    return byPath != 0 ? byPath : Integer.compare(member, other.member);
  }

  @Override
  public String toString() {
    return member == 0 ? relativePath : relativePath + "#" + member;
  }
}
