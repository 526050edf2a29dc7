package io.newsetl.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves symbolic links on the local file system without leaving the input root. */
final class LocalLinks {

  private LocalLinks() {}

  /**
   * The real target of a link when it exists and lies inside {@code realRoot}; empty for a link
   * that points outside, dangles or loops.
   */
  static Optional<Path> resolveInside(Path realRoot, Path link) {
    try {
      Path target = link.toRealPath();
      return target.startsWith(realRoot) ? Optional.of(target) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
