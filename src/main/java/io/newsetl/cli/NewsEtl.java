package io.newsetl.cli;

import io.newsetl.write.Redaction;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Entry point of {@code news-etl.jar}. Arguments of the form {@code --spring.*}, {@code
 * --news-etl.*} and {@code --logging.*} are Spring settings (for example {@code
 * --spring.datasource.url=jdbc:postgresql://…}); everything else is the command.
 */
public final class NewsEtl {

  private NewsEtl() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status. */
  public static int execute(String... args) {
    List<String> settings = new ArrayList<>();
    List<String> command = new ArrayList<>();
    for (String arg : args) {
      (isSetting(arg) ? settings : command).add(arg);
    }
    CommandLine line = new CommandLine(new RootCommand(settings));
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler(NewsEtl::usageError);
    return line.execute(command.toArray(String[]::new));
  }

  // picocli's own handler echoes the offending argument, which may carry a secret.
  private static int usageError(CommandLine.ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    command.getErr().println(Redaction.text(String.valueOf(error.getMessage())));
    command.usage(command.getErr());
    return ExitCodes.USAGE;
  }

  private static boolean isSetting(String arg) {
    return arg.startsWith("--spring.")
        || arg.startsWith("--news-etl.")
        || arg.startsWith("--logging.");
  }
}
