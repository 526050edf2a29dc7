package io.newsetl.hostile;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the hostile corpus to a folder, for trying the command line on it by hand. */
public final class HostileCorpusWriter {

  private HostileCorpusWriter() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "target/hostile-input");
    HostileCorpus corpus =
        HostileCorpus.write(root, root.resolveSibling(root.getFileName() + "-outside"));
    corpus
        .expected()
        .forEach(
            (file, outcomes) -> System.out.println(file.replace("\n", "\\n") + "\t" + outcomes));
  }
}
