package io.newsetl.jobs;

import io.newsetl.ingest.InputLister;
import io.newsetl.ingest.ManifestStore;
import io.newsetl.write.Redaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Runs a range of dates, each as its own ingest run through {@link IngestLauncher}: a date whose
 * last run completed is skipped unless forced, a date whose last run failed resumes it, and each
 * date succeeds or fails on its own. The input is listed once for all dates. Dates run on {@code
 * parallel} threads of this process. Thread-safe.
 */
@Component
public class BackfillRunner {

  private final IngestLauncher launcher;
  private final RunHistory history;

  BackfillRunner(IngestLauncher launcher, RunHistory history) {
    this.launcher = launcher;
    this.history = history;
  }

  /** Runs every date of the range and returns their outcomes in date order. */
  public List<DateOutcome> run(BackfillRequest request) throws InterruptedException {
    String listing =
        IngestJob.stagingOf(
                IngestRequest.canonical(request.output()), "backfill-" + UUID.randomUUID())
            + "/listing.tsv";
    ManifestStore manifests = new ManifestStore();
    manifests.write(listing, new InputLister().list(IngestRequest.canonical(request.input())));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            request.parallel(),
            runnable -> {
              Thread thread = new Thread(runnable, "backfill");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<DateOutcome>> pending = new ArrayList<>();
      for (LocalDate date : request.dates()) {
        pending.add(pool.submit(() -> runDate(request, date, listing)));
      }
      List<DateOutcome> outcomes = new ArrayList<>();
      for (Future<DateOutcome> outcome : pending) {
        outcomes.add(result(outcome));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
      manifests.delete(listing.substring(0, listing.lastIndexOf('/')));
    }
  }

  private DateOutcome runDate(BackfillRequest backfill, LocalDate date, String listing) {
    IngestRequest request =
        new IngestRequest(
            backfill.input(), backfill.output(), Optional.of(date), backfill.maxRejects());
    Optional<JobExecution> last = history.lastOf(request);
    if (!backfill.force() && last.isPresent() && last.get().getStatus() == BatchStatus.COMPLETED) {
      return new DateOutcome(
          date,
          DateOutcome.Result.SKIPPED,
          Optional.empty(),
          "completed by run " + RunHistory.runOf(last.get()) + "; --force runs it again");
    }
    try {
      RunSummary summary = launcher.run(request, Optional.of(listing));
      return summary.completed()
          ? new DateOutcome(date, DateOutcome.Result.COMPLETED, Optional.of(summary), "")
          : new DateOutcome(
              date, DateOutcome.Result.FAILED, Optional.of(summary), summary.exitMessage());
    } catch (IngestRefusedException e) {
      return new DateOutcome(date, DateOutcome.Result.REFUSED, Optional.empty(), e.getMessage());
    } catch (Exception e) {
      return new DateOutcome(
          date,
          DateOutcome.Result.FAILED,
          Optional.empty(),
          Redaction.text(String.valueOf(e.getMessage())));
    }
  }

  private static DateOutcome result(Future<DateOutcome> outcome) throws InterruptedException {
    try {
      return outcome.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a backfill date ended without an outcome", e.getCause());
    }
  }
}
