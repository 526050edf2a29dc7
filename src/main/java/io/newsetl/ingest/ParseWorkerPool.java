package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parses documents in separate worker JVMs, so that a parser that loops, crashes or exhausts its
 * heap costs one document and one worker, never the job. Workers start on first use (or one ahead
 * of it, see {@link #startOneAhead()}), are reused, and a worker that timed out or died is replaced
 * by a fresh one on the next request. A document that takes longer than the timeout is a {@code
 * timeout} failure; a worker that dies is a {@code malformed} failure ({@code too_large} when it
 * ran out of memory).
 *
 * <p>Thread-safe: up to {@code workers} documents are parsed at once; more callers wait. Throws
 * {@link UncheckedIOException} when a worker JVM cannot be started at all.
 */
final class ParseWorkerPool implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(120);

  /** Marks the worker started ahead as taken. */
  private static final Future<WorkerProcess> CLAIMED =
      CompletableFuture.failedFuture(new IllegalStateException("claimed"));

  private final List<String> command;
  private final Duration timeout;
  private final Semaphore slots;
  private final ConcurrentLinkedDeque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
  private final List<WorkerProcess> started = new ArrayList<>();
  private final AtomicInteger starts = new AtomicInteger();
  private final AtomicReference<Future<WorkerProcess>> startingAhead = new AtomicReference<>();
  private final ExecutorService io;
  private final Thread shutdownHook = new Thread(this::close, "parse-workers-shutdown");
  private volatile boolean closed;

  ParseWorkerPool(WorkerCommand command, IngestProperties limits, ParseIsolation isolation) {
    this.command = command.build(isolation.workerHeap(), limits);
    this.timeout = isolation.timeout();
    this.slots = new Semaphore(isolation.workers(), true);
    this.io =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "parse-worker-io");
              thread.setDaemon(true);
              return thread;
            });
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  ParseOutcome parse(RawDocument document) {
    slots.acquireUninterruptibly();
    WorkerProcess worker = null;
    try {
      worker = borrow();
      return worker.parse(document, timeout, io);
    } finally {
      if (worker != null && worker.usable() && !closed) {
        idle.push(worker);
      }
      slots.release();
    }
  }

  /**
   * Starts one worker in the background, so that the first document finds it ready, unless a worker
   * was started before. Returns at once; a worker that fails to start this way is started again,
   * with its error reported, by the first document that needs it.
   */
  void startOneAhead() {
    if (closed || starts.get() > 0 || startingAhead.get() != null) {
      return;
    }
    FutureTask<WorkerProcess> start = new FutureTask<>(this::startWorker);
    if (startingAhead.compareAndSet(null, start)) {
      io.execute(start);
    }
  }

  private WorkerProcess borrow() {
    WorkerProcess worker = idle.poll();
    while (worker != null && !worker.usable()) {
      worker = idle.poll();
    }
    if (worker != null) {
      return worker;
    }
    return startedAhead().orElseGet(this::startWorkerNow);
  }

  // The worker started ahead, once, to the first caller that finds no idle one.
  private Optional<WorkerProcess> startedAhead() {
    Future<WorkerProcess> ahead = startingAhead.getAndSet(CLAIMED);
    if (ahead == null || ahead == CLAIMED) {
      return Optional.empty();
    }
    try {
      return Optional.of(ahead.get()).filter(WorkerProcess::usable);
    } catch (ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private WorkerProcess startWorkerNow() {
    try {
      return startWorker();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WorkerProcess startWorker() throws IOException {
    WorkerProcess fresh = WorkerProcess.start(command, STARTUP, io);
    starts.incrementAndGet();
    synchronized (started) {
      started.removeIf(w -> !w.usable());
      started.add(fresh);
    }
    if (closed) {
      // the pool closed while this worker started: close() has not seen it
      fresh.close();
      throw new IOException("the parse worker pool is closed");
    }
    return fresh;
  }

  /** Worker JVMs started so far, including replacements of killed ones. */
  int workersStarted() {
    return starts.get();
  }

  /** Process ids of the workers alive now. */
  List<Long> livePids() {
    synchronized (started) {
      return started.stream().filter(WorkerProcess::usable).map(WorkerProcess::pid).toList();
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (started) {
      started.forEach(WorkerProcess::close);
      started.clear();
    }
    idle.clear();
    io.shutdownNow();
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting: the hook runs this method anyway
      }
    }
  }
}
