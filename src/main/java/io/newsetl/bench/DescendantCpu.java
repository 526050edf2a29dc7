package io.newsetl.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this process's descendants (the parse-worker JVMs), which the process's own CPU time
 * does not include. A descendant that ends between two readings is not counted for that stretch;
 * the parse workers live as long as the job, so that loses only a worker killed by a timeout.
 */
final class DescendantCpu {

  private final Map<Long, Long> baseline;

  private DescendantCpu(Map<Long, Long> baseline) {
    this.baseline = baseline;
  }

  /** Reads the CPU time each live descendant has used so far. */
  static DescendantCpu snapshot() {
    return snapshot(ProcessHandle.current().descendants());
  }

  static DescendantCpu snapshot(Stream<ProcessHandle> processes) {
    Map<Long, Long> cpu = new HashMap<>();
    processes.forEach(process -> cpu.put(process.pid(), cpuNanos(process)));
    return new DescendantCpu(cpu);
  }

  /** CPU nanoseconds the live descendants used since this snapshot (all of it for new ones). */
  long nanosSince() {
    return nanosSince(ProcessHandle.current().descendants());
  }

  long nanosSince(Stream<ProcessHandle> processes) {
    return processes
        .mapToLong(
            process -> Math.max(0, cpuNanos(process) - baseline.getOrDefault(process.pid(), 0L)))
        .sum();
  }

  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}
