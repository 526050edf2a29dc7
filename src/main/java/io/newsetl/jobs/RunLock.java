package io.newsetl.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exclusive locks on (dataset, archive date), one row each in the table {@value #TABLE} of the job
 * repository's database, so that two processes never run the same date of a dataset at once. The
 * row's primary key makes acquisition atomic across processes and hosts; a run over every date
 * conflicts with any run on the same dataset.
 *
 * <p>A lock left by a process that died (kill -9, power loss) is taken over: on the same host when
 * its process is gone, on another host when its heartbeat, refreshed every quarter of the timeout
 * while the lock is held, is older than the timeout. Thread-safe.
 */
public class RunLock {

  static final String TABLE = "NEWS_ETL_RUN_LOCK";
  private static final int ATTEMPTS = 5;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration timeout;
  private final ScheduledExecutorService heartbeats;

  RunLock(JdbcTemplate jdbc, Clock clock, Duration timeout) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.timeout = timeout;
    this.heartbeats =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "run-lock-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    RunLockTable.create(jdbc);
  }

  /**
   * Takes the lock of a dataset's date ({@value IngestJob#ALL_DATES} for every date), taking over a
   * lock whose owner is dead.
   *
   * @throws IngestRefusedException when a live process holds it, or a conflicting one
   */
  public Held acquire(String output, String date) throws IngestRefusedException {
    RunOwner me = RunOwner.ofThisProcess();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (tryInsert(output, date, me)) {
        refuseConflicts(output, date, me);
        return new Held(output, date, me);
      }
      Optional<LockRow> holder = RunLockTable.find(jdbc, output, date);
      if (holder.isPresent() && isAlive(holder.get())) {
        throw refusal(holder.get());
      }
      holder.ifPresent(
          dead -> RunLockTable.delete(jdbc, dead.output(), dead.date(), dead.owner().id()));
    }
    throw new IngestRefusedException(
        "could not take the lock of "
            + date
            + " for "
            + output
            + " after "
            + ATTEMPTS
            + " attempts; another process keeps taking it");
  }

  /** Every lock row of the table, live or left by a dead process. */
  public List<LockRow> all() {
    return RunLockTable.all(jdbc);
  }

  /** Whether the row's owner is still running, as seen from this process. */
  public boolean isAlive(LockRow row) {
    return row.owner().isAlive(row.heartbeat(), clock.instant(), timeout);
  }

  private boolean tryInsert(String output, String date, RunOwner me) {
    try {
      RunLockTable.insert(jdbc, output, date, me, clock.instant());
      return true;
    } catch (DuplicateKeyException taken) {
      return false;
    }
  }

  private void refuseConflicts(String output, String date, RunOwner me)
      throws IngestRefusedException {
    for (LockRow other : RunLockTable.ofOutput(jdbc, output)) {
      boolean overlaps =
          IngestJob.ALL_DATES.equals(date) || IngestJob.ALL_DATES.equals(other.date());
      if (!other.owner().id().equals(me.id()) && overlaps && isAlive(other)) {
        RunLockTable.delete(jdbc, output, date, me.id());
        throw refusal(other);
      }
    }
  }

  private static IngestRefusedException refusal(LockRow holder) {
    return new IngestRefusedException(
        "a run of "
            + holder.date()
            + " for this output is already in progress ("
            + holder.owner().describe()
            + ", since "
            + holder.acquired()
            + ")");
  }

  /** A lock this process holds; {@link #close()} releases it. */
  public final class Held implements AutoCloseable {

    private final String output;
    private final String date;
    private final RunOwner owner;
    private final ScheduledFuture<?> heartbeat;

    private Held(String output, String date, RunOwner owner) {
      this.output = output;
      this.date = date;
      this.owner = owner;
      long period = Math.max(1, timeout.toMillis() / 4);
      this.heartbeat =
          heartbeats.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    public RunOwner owner() {
      return owner;
    }

    private void beat() {
      try {
        RunLockTable.beat(jdbc, output, date, owner.id(), clock.instant());
      } catch (DataAccessException e) {
        // the next beat tries again; a lock that misses beats is only taken over after the timeout
      }
    }

    @Override
    public void close() {
      heartbeat.cancel(false);
      RunLockTable.delete(jdbc, output, date, owner.id());
    }
  }
}
