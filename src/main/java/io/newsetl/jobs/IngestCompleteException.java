package io.newsetl.jobs;

/** A restart was refused because the run it names has already completed. */
public final class IngestCompleteException extends Exception {

  private static final long serialVersionUID = 1L;

  IngestCompleteException(String message) {
    super(message);
  }
}
