package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One parse worker JVM and its pipes. Used by one thread at a time. */
final class WorkerProcess {

  /** Exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private final Process process;
  private final DataOutputStream requests;
  private final DataInputStream responses;
  private boolean broken;

  private WorkerProcess(Process process) {
    this.process = process;
    this.requests =
        new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    this.responses =
        new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
  }

  /** Starts a worker and waits until it has loaded its parsers. */
  static WorkerProcess start(List<String> command, Duration startup, ExecutorService io)
      throws IOException {
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    WorkerProcess worker = new WorkerProcess(process);
    Future<Integer> ready = io.submit(worker.responses::readInt);
    try {
      int hello = ready.get(startup.toMillis(), TimeUnit.MILLISECONDS);
      if (hello != ParseFrames.READY) {
        throw new IOException("the parse worker answered " + hello + " instead of its greeting");
      }
      return worker;
    } catch (ExecutionException | TimeoutException e) {
      worker.destroy();
      throw new IOException("the parse worker did not start: " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      worker.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting a parse worker", e);
    }
  }

  /**
   * Parses one document; on timeout or death of the worker, the worker is destroyed and the outcome
   * is a failure. Afterwards {@link #usable()} says whether it can take another.
   */
  ParseOutcome parse(RawDocument document, Duration timeout, ExecutorService io) {
    Future<ParseOutcome> answer =
        io.submit(
            () -> {
              ParseFrames.writeRequest(requests, document);
              return ParseFrames.readOutcome(responses, document.ref());
            });
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      destroy();
      return new ParseOutcome.Failed(
          RejectReason.TIMEOUT,
          "ParseTimeout",
          "parsing took longer than " + timeout.toMillis() + " ms; the parser process was stopped",
          Optional.empty());
    } catch (ExecutionException e) {
      return died();
    } catch (InterruptedException e) {
      destroy();
      Thread.currentThread().interrupt();
      return new ParseOutcome.Failed(
          RejectReason.TIMEOUT, "Interrupted", "parsing was interrupted", Optional.empty());
    }
  }

  private ParseOutcome died() {
    int exit = exitCode();
    destroy();
    if (exit == OUT_OF_MEMORY_EXIT) {
      return new ParseOutcome.Failed(
          RejectReason.TOO_LARGE,
          "WorkerOutOfMemory",
          "the parser process ran out of memory and died",
          Optional.empty());
    }
    return new ParseOutcome.Failed(
        RejectReason.MALFORMED,
        "WorkerDied",
        "the parser process died (exit code " + exit + ")",
        Optional.empty());
  }

  private int exitCode() {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  boolean usable() {
    return !broken && process.isAlive();
  }

  /** Kills the process at once (it may be stuck in a parser) and waits for it to end. */
  void destroy() {
    broken = true;
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the worker to end by closing its input; kills it when it does not. */
  void close() {
    try {
      requests.close();
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        destroy();
      }
    } catch (IOException e) {
      destroy();
    } catch (InterruptedException e) {
      destroy();
      Thread.currentThread().interrupt();
    }
    broken = true;
  }

  long pid() {
    return process.pid();
  }
}
