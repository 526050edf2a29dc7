package io.newsetl.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Measures what a stretch of work costs the process: elapsed and CPU time (the process's own and
 * that of its live descendants, the parse workers), peak heap and peak resident set. On Linux the
 * peak resident set ({@code VmHWM}) is reset at the start through {@code /proc/self/clear_refs};
 * where that is not possible the peak since the process started is reported. Not thread-safe: one
 * measurement at a time.
 */
final class ResourceMeter {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();
  private long startNanos;
  private long startCpu;
  private DescendantCpu descendants;

  /** What a measured stretch cost. */
  record Usage(long wallNanos, long cpuNanos, long peakHeapBytes, long peakRssBytes) {}

  void start() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    resetPeakRss();
    startCpu = os.getProcessCpuTime();
    descendants = DescendantCpu.snapshot();
    startNanos = System.nanoTime();
  }

  Usage stop() {
    long wall = System.nanoTime() - startNanos;
    long cpu = os.getProcessCpuTime() - startCpu + descendants.nanosSince();
    long heap = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return new Usage(wall, cpu, heap, peakRssBytes().orElse(-1));
  }

  /** The system load average over the last minute, or -1 when unavailable. */
  double loadAverage() {
    return os.getSystemLoadAverage();
  }

  static OptionalLong peakRssBytes() {
    return statusValue("VmHWM:");
  }

  /** A {@code kB} value of {@code /proc/self/status} text, in bytes. */
  static OptionalLong kilobytes(String status, String key) {
    for (String line : status.split("\n")) {
      if (line.startsWith(key)) {
        String digits = line.substring(key.length()).replaceAll("[^0-9]", "");
        return digits.isEmpty()
            ? OptionalLong.empty()
            : OptionalLong.of(Long.parseLong(digits) * 1024);
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong statusValue(String key) {
    try {
      return kilobytes(Files.readString(STATUS, StandardCharsets.UTF_8), key);
    } catch (IOException | UnsupportedOperationException e) {
      return OptionalLong.empty();
    }
  }

  private static void resetPeakRss() {
    try {
      Files.writeString(CLEAR_REFS, "5", StandardCharsets.UTF_8);
    } catch (IOException | UnsupportedOperationException e) {
      // Not Linux, or not allowed: the peak then counts from the start of the process.
    }
  }
}
