package io.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceMeterTests {

  private static final String STATUS =
      "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  812344 kB\nVmRSS:\t  700000 kB\n";

  @Test
  void theKilobytesOfAStatusLineAreReadAsBytes() {
    assertThat(ResourceMeter.kilobytes(STATUS, "VmHWM:")).hasValue(812_344L * 1024);
    assertThat(ResourceMeter.kilobytes(STATUS, "VmRSS:")).hasValue(700_000L * 1024);
  }

  @Test
  void aMissingLineIsEmpty() {
    assertThat(ResourceMeter.kilobytes(STATUS, "VmSwap:")).isEmpty();
  }

  @Test
  void aMeasurementCoversTheWorkBetweenStartAndStop() {
    ResourceMeter meter = new ResourceMeter();
    meter.start();
    long sum = 0;
    for (int i = 0; i < 1_000_000; i++) {
      sum += Integer.toString(i).length();
    }
    ResourceMeter.Usage usage = meter.stop();

    assertThat(sum).isPositive();
    assertThat(usage.wallNanos()).isPositive();
    assertThat(usage.cpuNanos()).isPositive();
    assertThat(usage.peakHeapBytes()).isPositive();
  }
}
