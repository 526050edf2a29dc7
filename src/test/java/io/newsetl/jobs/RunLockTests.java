package io.newsetl.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

class RunLockTests {

  private static final String OUTPUT = "file:/data/news";
  private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

  private JdbcTemplate jdbc;
  private RunLock locks;

  @BeforeEach
  void database() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(h2);
    locks = new RunLock(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(2));
  }

  static Stream<Arguments> compatibleLocks() {
    return Stream.of(
        Arguments.of(OUTPUT, "2024-01-01", OUTPUT, "2024-01-02"),
        Arguments.of(OUTPUT, "2024-01-01", "file:/data/other", "2024-01-01"),
        Arguments.of(OUTPUT, "all", "file:/data/other", "all"),
        Arguments.of(OUTPUT, "all", "file:/data/other", "2024-01-01"));
  }

  @ParameterizedTest(name = "{0} {1} and {2} {3}")
  @MethodSource("compatibleLocks")
  void differentDatesOrDatasetsAreHeldAtOnce(
      String output, String date, String otherOutput, String otherDate) throws Exception {
    try (RunLock.Held first = locks.acquire(output, date);
        RunLock.Held second = locks.acquire(otherOutput, otherDate)) {
      assertThat(locks.all())
          .extracting(row -> row.owner().id())
          .containsExactlyInAnyOrder(first.owner().id(), second.owner().id());
    }
    assertThat(locks.all()).isEmpty();
  }

  @Test
  void aReleasedLockCanBeTakenAgain() throws Exception {
    locks.acquire(OUTPUT, "2024-01-01").close();

    try (RunLock.Held again = locks.acquire(OUTPUT, "2024-01-01")) {
      assertThat(locks.all())
          .extracting(row -> row.owner().id())
          .containsExactly(again.owner().id());
    }
  }

  @Test
  void ofTwoThreadsRacingForOneDateExactlyOneWins() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch taken = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Callable<Boolean> race =
        () -> {
          start.await();
          try (RunLock.Held held = locks.acquire(OUTPUT, "2024-01-01")) {
            taken.countDown();
            // hold the lock until the other thread has tried
            taken.await(5, TimeUnit.SECONDS);
            return held.owner() != null;
          } catch (IngestRefusedException refused) {
            taken.countDown();
            return false;
          }
        };
    List<Future<Boolean>> results = new ArrayList<>(List.of(pool.submit(race), pool.submit(race)));
    start.countDown();
    List<Boolean> won = new ArrayList<>();
    for (Future<Boolean> result : results) {
      won.add(result.get());
    }
    pool.shutdown();

    assertThat(won).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void aLockLeftByADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    RunOwner dead = new RunOwner("dead", RunOwner.thisHost(), gone.pid(), 0);
    RunLockTable.insert(jdbc, OUTPUT, "2024-01-01", dead, NOW);

    try (RunLock.Held held = locks.acquire(OUTPUT, "2024-01-01")) {
      assertThat(locks.all())
          .extracting(row -> row.owner().id())
          .containsExactly(held.owner().id());
    }
  }

  @Test
  void aLockOfAnotherHostIsTakenOverOnlyOnceItsHeartbeatIsOlderThanTheTimeout() throws Exception {
    RunOwner remote = new RunOwner("remote", "another-host.example", 42, 1);
    RunLockTable.insert(jdbc, OUTPUT, "2024-01-01", remote, NOW.minusSeconds(60));
    RunLockTable.insert(jdbc, OUTPUT, "2024-01-02", remote, NOW.minusSeconds(180));

    assertThatThrownBy(() -> locks.acquire(OUTPUT, "2024-01-01"))
        .isInstanceOf(IngestRefusedException.class)
        .hasMessageContaining("another-host.example pid 42");
    locks.acquire(OUTPUT, "2024-01-02").close();
  }

  @Nested
  class Refuses {

    static Stream<Arguments> conflictingLocks() {
      return Stream.of(
          Arguments.of("2024-01-01", "2024-01-01"),
          Arguments.of("all", "all"),
          Arguments.of("all", "2024-01-01"),
          Arguments.of("2024-01-01", "all"));
    }

    @ParameterizedTest(name = "{1} while {0} runs")
    @MethodSource("conflictingLocks")
    void aDateOfADatasetThatALiveProcessRuns(String held, String wanted) throws Exception {
      try (RunLock.Held first = locks.acquire(OUTPUT, held)) {
        assertThatThrownBy(() -> locks.acquire(OUTPUT, wanted))
            .isInstanceOf(IngestRefusedException.class)
            .hasMessageContaining("already in progress")
            .hasMessageContaining("pid " + ProcessHandle.current().pid());
        assertThat(locks.all())
            .extracting(row -> row.owner().id())
            .containsExactly(first.owner().id());
      }
    }
  }
}
