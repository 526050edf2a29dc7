package io.newsetl.ingest;

import io.newsetl.article.RejectReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

  /**
   * Why a listed path that is still a symbolic link must not be read. The lister replaces every
   * link it follows by its real target, so a link found at read time is one it refused: a loop or a
   * dangling link ({@code unreadable}), a link to a folder ({@code unsupported}) or a link out of
   * the input root ({@code unsafe}). A path that is neither a link nor a regular file (a pipe that
   * would block a reader, a device) is {@code unreadable}. Empty for a regular file or a missing
   * path.
   */
  static Optional<RefusedInputException> refusal(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
              && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
          ? Optional.of(
              new RefusedInputException(
                  RejectReason.UNREADABLE,
                  "NotARegularFile",
                  "not a regular file (a pipe, socket, device or folder); not opened"))
          : Optional.empty();
    }
    Path target;
    try {
      target = path.toRealPath();
    } catch (IOException e) {
      return Optional.of(
          new RefusedInputException(
              RejectReason.UNREADABLE,
              "LinkLoop",
              "symbolic link that loops or dangles: " + e.getClass().getSimpleName()));
    }
    if (Files.isDirectory(target)) {
      return Optional.of(
          new RefusedInputException(
              RejectReason.UNSUPPORTED,
              "LinkToFolder",
              "symbolic link to a folder; folders behind links are not followed"));
    }
    return Optional.of(
        new RefusedInputException(
            RejectReason.UNSAFE,
            "LinkOutsideRoot",
            "symbolic link to a file outside the input root; not read"));
  }
}
