package io.newsetl.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FirstArticleClockTests {

  private static final Instant JVM_START = Instant.parse("2026-01-05T10:00:00Z");
  private static final Duration CPU = Duration.ofMillis(5400);

  private static FirstArticleClock clockAt(String now) {
    return new FirstArticleClock(
        () -> JVM_START, Clock.fixed(Instant.parse(now), ZoneOffset.UTC), () -> CPU);
  }

  @Test
  void isEmptyUntilAFileYieldsAnArticle() {
    FirstArticleClock clock = clockAt("2026-01-05T10:00:03.250Z");

    clock.articlesProduced(0);

    assertThat(clock.firstArticle()).isEmpty();
  }

  @Test
  void measuresWallAndCpuFromJvmStartToTheFirstFileWithArticles() {
    FirstArticleClock clock = clockAt("2026-01-05T10:00:03.250Z");

    clock.articlesProduced(2);

    assertThat(clock.firstArticle())
        .contains(new FirstArticleClock.StartUp(Duration.ofMillis(3250), CPU));
  }

  @Test
  void keepsTheFirstMeasurement() {
    MutableClock now = new MutableClock(Instant.parse("2026-01-05T10:00:04Z"));
    FirstArticleClock clock = new FirstArticleClock(() -> JVM_START, now, () -> CPU);

    clock.articlesProduced(1);
    now.instant = Instant.parse("2026-01-05T10:00:09Z");
    clock.articlesProduced(1);

    assertThat(clock.firstArticle().map(FirstArticleClock.StartUp::wall))
        .contains(Duration.ofSeconds(4));
  }

  private static final class MutableClock extends Clock {
    Instant instant;

    MutableClock(Instant instant) {
      this.instant = instant;
    }

    @Override
    public Instant instant() {
      return instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
