package io.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DescendantCpuTests {

  @Test
  void countsTheCpuAChildUsesAfterTheSnapshot() throws Exception {
    DescendantCpu snapshot = DescendantCpu.snapshot();
    Process child =
        new ProcessBuilder(
                "sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done; exec sleep 60")
            .start();
    try {
      long childCpu = 0;
      while (childCpu == 0 || child.info().command().map(c -> !c.endsWith("sleep")).orElse(true)) {
        assertThat(child.isAlive()).isTrue();
        TimeUnit.MILLISECONDS.sleep(50);
        childCpu = child.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
      }
      assertThat(snapshot.nanosSince()).isGreaterThanOrEqualTo(childCpu).isPositive();
    } finally {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void countsOnlyWhatAKnownProcessUsedSinceTheSnapshot() {
    ProcessHandle self = ProcessHandle.current();
    DescendantCpu snapshot = DescendantCpu.snapshot(Stream.of(self));
    long used = self.info().totalCpuDuration().orElseThrow().toNanos();
    assertThat(snapshot.nanosSince(Stream.of(self))).isLessThan(used);
  }

  @Test
  void countsNothingWithoutDescendants() {
    assertThat(DescendantCpu.snapshot(Stream.empty()).nanosSince(Stream.empty())).isZero();
  }
}
