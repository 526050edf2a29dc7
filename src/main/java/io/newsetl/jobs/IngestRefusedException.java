package io.newsetl.jobs;

/** A run was refused before it started, for example because the same date is already running. */
public final class IngestRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  IngestRefusedException(String message) {
    super(message);
  }
}
