package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses documents in separate worker JVMs, so that a parser that loops, crashes or exhausts its
 * heap costs one document and one worker, never the job. Workers start lazily, are reused, and a
 * worker that timed out or died is replaced by a fresh one on the next request. A document that
 * takes longer than the timeout is a {@code timeout} failure; a worker that dies is a {@code
 * malformed} failure ({@code too_large} when it ran out of memory).
 *
 * <p>Thread-safe: up to {@code workers} documents are parsed at once; more callers wait. Throws
 * {@link UncheckedIOException} when a worker JVM cannot be started at all.
 */
final class ParseWorkerPool implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(120);

  private final List<String> command;
  private final Duration timeout;
  private final Semaphore slots;
  private final ConcurrentLinkedDeque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
  private final List<WorkerProcess> started = new ArrayList<>();
  private final AtomicInteger starts = new AtomicInteger();
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

  private WorkerProcess borrow() {
    WorkerProcess worker = idle.poll();
    while (worker != null && !worker.usable()) {
      worker = idle.poll();
    }
    if (worker != null) {
      return worker;
    }
    try {
      WorkerProcess fresh = WorkerProcess.start(command, STARTUP, io);
      starts.incrementAndGet();
      synchronized (started) {
        started.removeIf(w -> !w.usable());
        started.add(fresh);
      }
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
