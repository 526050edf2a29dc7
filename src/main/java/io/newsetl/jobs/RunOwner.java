package io.newsetl.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The process that holds a run lock: a fresh id per acquisition, the host, the process id and the
 * instant the process started (a process id can be reused by a later process; the pair cannot).
 *
 * @param id unique per lock acquisition
 * @param host host name of the owning process
 * @param pid process id on that host
 * @param processStart when the owning process started, in epoch milliseconds (0 when unknown)
 */
public record RunOwner(String id, String host, long pid, long processStart) {

  public RunOwner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(host, "host");
  }

  /** A new owner for this process. */
  static RunOwner ofThisProcess() {
    ProcessHandle self = ProcessHandle.current();
    long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    return new RunOwner(UUID.randomUUID().toString(), thisHost(), self.pid(), start);
  }

  /**
   * Whether the owner is still running, seen from this process: on the same host its process must
   * exist and have started when the owner says; on another host, which this process cannot look
   * into, its last heartbeat must be younger than {@code timeout}.
   */
  boolean isAlive(Instant lastHeartbeat, Instant now, Duration timeout) {
    if (host.equals(thisHost())) {
      Optional<ProcessHandle> process = ProcessHandle.of(pid);
      return process.isPresent() && process.get().isAlive() && sameStart(process.get());
    }
    return Duration.between(lastHeartbeat, now).compareTo(timeout) < 0;
  }

  /** {@code host pid N}, for messages. */
  String describe() {
    return host + " pid " + pid;
  }

  private boolean sameStart(ProcessHandle process) {
    if (processStart == 0) {
      return true;
    }
    long actual = process.info().startInstant().map(Instant::toEpochMilli).orElse(processStart);
    // the start instant is derived from clock ticks since boot: allow for its rounding
    return Math.abs(actual - processStart) < 2_000;
  }

  static String thisHost() {
    return ThisHost.NAME;
  }

  /** Looked up once: a slow resolver should not slow down every liveness check. */
  private static final class ThisHost {
    static final String NAME = lookUp();

    private static String lookUp() {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        String fromEnvironment = System.getenv("HOSTNAME");
        return fromEnvironment == null || fromEnvironment.isBlank()
            ? "unknown-host"
            : fromEnvironment.strip();
      }
    }
  }
}
