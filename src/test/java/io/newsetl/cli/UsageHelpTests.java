package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UsageHelpTests {

  // a summary this long fits beside the longest command name in an 80-column list
  private static final int SUMMARY_WIDTH = 75;

  @Test
  void everyCommandsHelpFormatsCleanly() {
    List<List<String>> paths = new ArrayList<>();
    collect(new CommandLine(new RootCommand(List.of())), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(5);
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      ArchiveFixture.Result help = ArchiveFixture.execute(args.toArray(String[]::new));
      assertThat(help.status()).as("status of %s", args).isZero();
      assertThat(help.out())
          .as("help of %s", args)
          .startsWith("Usage: news-etl")
          .doesNotContain("picocli WARN")
          .doesNotContain("%n");
    }
  }

  @Test
  void everyCommandOpensWithAOneLineSummarySentence() {
    List<List<String>> paths = new ArrayList<>();
    CommandLine root = new CommandLine(new RootCommand(List.of()));
    collect(root, new ArrayList<>(), paths);
    for (List<String> path : paths.subList(1, paths.size())) {
      CommandLine line = root;
      for (String name : path) {
        line = line.getSubcommands().get(name);
      }
      String[] description = line.getCommandSpec().usageMessage().description();
      assertThat(description)
          .as("description of %s", path)
          .isNotEmpty()
          .hasSizeLessThanOrEqualTo(2);
      // the command lists show only this first line, beside the command's name
      assertThat(description[0])
          .as("summary of %s", path)
          .endsWith(".")
          .hasSizeLessThanOrEqualTo(SUMMARY_WIDTH);
    }
  }

  private static void collect(CommandLine line, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    for (var sub : line.getSubcommands().entrySet()) {
      if (sub.getValue().getCommandName().equals(sub.getKey()) && !sub.getKey().equals("help")) {
        List<String> deeper = new ArrayList<>(path);
        deeper.add(sub.getKey());
        collect(sub.getValue(), deeper, paths);
      }
    }
  }
}
