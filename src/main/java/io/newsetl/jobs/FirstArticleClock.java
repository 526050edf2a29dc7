package io.newsetl.jobs;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Measures the start-up of a run as users feel it: from the start of this JVM to the end of
 * processing of the first input file that yielded an article, in wall time and in CPU time of the
 * whole process (all threads; the CPU time does not depend on what else the machine runs).
 * Thread-safe: the first of concurrent calls of {@link #articlesProduced} wins.
 */
@Component
public class FirstArticleClock {

  /** Start-up of this process: wall time and process CPU time until the first article. */
  public record StartUp(Duration wall, Duration cpu) {}

  private final Supplier<Instant> jvmStart;
  private final Clock clock;
  private final Supplier<Duration> processCpu;
  private final AtomicReference<StartUp> first = new AtomicReference<>();

  @Autowired
  FirstArticleClock() {
    this(
        () -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
        Clock.systemUTC(),
        () -> ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
  }

  FirstArticleClock(Supplier<Instant> jvmStart, Clock clock, Supplier<Duration> processCpu) {
    this.jvmStart = jvmStart;
    this.clock = clock;
    this.processCpu = processCpu;
  }

  /** Notes that a file was processed into {@code articles} articles. */
  void articlesProduced(int articles) {
    if (articles > 0 && first.get() == null) {
      Duration wall = Duration.between(jvmStart.get(), clock.instant());
      first.compareAndSet(null, new StartUp(wall, processCpu.get()));
    }
  }

  /** Start-up until the first article, empty while no file has yielded one. */
  public Optional<StartUp> firstArticle() {
    return Optional.ofNullable(first.get());
  }
}
