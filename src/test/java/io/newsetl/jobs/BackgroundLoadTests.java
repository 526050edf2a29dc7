package io.newsetl.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BackgroundLoadTests {

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void givesTheLoadedResourceToEveryCaller() {
    AtomicInteger loads = new AtomicInteger();
    BackgroundLoad<List<String>> load =
        BackgroundLoad.start(
            "word list", () -> List.of("word-" + loads.incrementAndGet()), executor);

    assertThat(load.get()).containsExactly("word-1");
    assertThat(load.get()).isSameAs(load.get());
    assertThat(loads).hasValue(1);
  }

  @Test
  void waitsForALoadStillRunning() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    BackgroundLoad<String> load =
        BackgroundLoad.start(
            "slow resource",
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "loaded";
            },
            executor);
    Thread releaser = new Thread(release::countDown);
    releaser.start();

    assertThat(load.get()).isEqualTo("loaded");
    releaser.join();
  }

  @Nested
  class WhenTheLoadFails {

    @Test
    void everyCallerGetsAnErrorNamingTheResource() {
      BackgroundLoad<String> load =
          BackgroundLoad.start(
              "knowledge base",
              () -> {
                throw new UncheckedIOException(new IOException("entities.tsv missing"));
              },
              executor);

      for (int call = 0; call < 2; call++) {
        assertThatThrownBy(load::get)
            .isInstanceOf(BackgroundLoad.ResourceLoadException.class)
            .hasMessageContaining("cannot load the knowledge base")
            .hasMessageContaining("entities.tsv missing")
            .hasCauseInstanceOf(UncheckedIOException.class);
      }
    }

    @Test
    void anErrorOfTheJvmSurfacesToo() {
      BackgroundLoad<String> load =
          BackgroundLoad.start(
              "parser configuration",
              () -> {
                throw new ExceptionInInitializerError("static initializer failed");
              },
              executor);

      assertThatThrownBy(load::get)
          .isInstanceOf(BackgroundLoad.ResourceLoadException.class)
          .hasMessageContaining("cannot load the parser configuration")
          .hasCauseInstanceOf(ExceptionInInitializerError.class);
    }
  }
}
