package io.newsetl.write.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local file system without checksum side files, setting permissions through {@code java.nio}
 * instead of starting a {@code chmod} process for every file and folder (what Hadoop does without
 * its native library, at a cost of milliseconds to seconds per file).
 */
final class PosixLocalFileSystem extends RawLocalFileSystem {

  @Override
  public void setPermission(Path path, FsPermission permission) throws IOException {
    java.nio.file.Path file = pathToFile(path).toPath();
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
      super.setPermission(path, permission);
      return;
    }
    Set<PosixFilePermission> bits = EnumSet.noneOf(PosixFilePermission.class);
    add(bits, permission.getUserAction(), PosixFilePermission.OWNER_READ);
    add(bits, permission.getGroupAction(), PosixFilePermission.GROUP_READ);
    add(bits, permission.getOtherAction(), PosixFilePermission.OTHERS_READ);
    Files.setPosixFilePermissions(file, bits);
  }

  /** Adds read, write and execute from {@code action}, given the read bit of a class of users. */
  private static void add(
      Set<PosixFilePermission> bits, FsAction action, PosixFilePermission read) {
    PosixFilePermission[] all = PosixFilePermission.values();
    if (action.implies(FsAction.READ)) {
      bits.add(read);
    }
    if (action.implies(FsAction.WRITE)) {
      bits.add(all[read.ordinal() + 1]);
    }
    if (action.implies(FsAction.EXECUTE)) {
      bits.add(all[read.ordinal() + 2]);
    }
  }
}
