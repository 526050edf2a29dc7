package io.newsetl.cli;

import io.newsetl.jobs.IngestCompleteException;
import io.newsetl.jobs.IngestLauncher;
import io.newsetl.jobs.IngestRefusedException;
import io.newsetl.jobs.RunHistory;
import io.newsetl.jobs.RunSummary;
import io.newsetl.write.Redaction;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code news-etl restart}: resumes the newest failed or interrupted run, or a given one. */
@Command(
    name = "restart",
    mixinStandardHelpOptions = true,
    description = {
      "Resumes a failed, stopped or abandoned run from its last committed chunk.",
      "A run is abandoned when the process running it died (kill -9, power "
          + "loss, out of memory). Without --execution, the newest such run. "
          + "`status` lists the runs."
    })
final class RestartCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Option(
      names = "--execution",
      paramLabel = "ID",
      description = "The execution to resume (default: the newest resumable run).")
  Long execution;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = SpringContexts.start(root.settings(), Map.of())) {
      Optional<Long> target =
          Optional.ofNullable(execution)
              .or(() -> context.getBean(RunHistory.class).latestResumable());
      if (target.isEmpty()) {
        System.err.println("news-etl: nothing to restart: no run failed or was interrupted");
        return ExitCodes.NOTHING_TO_DO;
      }
      RunSummary summary = context.getBean(IngestLauncher.class).restart(target.get());
      return IngestCommand.report(summary);
    } catch (IngestRefusedException e) {
      System.err.println("news-etl: refused: " + e.getMessage());
      return ExitCodes.REFUSED;
    } catch (IngestCompleteException e) {
      System.err.println("news-etl: " + e.getMessage());
      return ExitCodes.NOTHING_TO_DO;
    } catch (IllegalArgumentException e) {
      System.err.println("news-etl: " + Redaction.text(e.getMessage()));
      return ExitCodes.USAGE;
    } catch (Exception e) {
      System.err.println("news-etl: " + Redaction.text(IngestCommand.rootMessage(e)));
      return ExitCodes.FAILED;
    }
  }
}
