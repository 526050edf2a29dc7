package io.newsetl.cli;

/** Exit statuses of the command line, documented in README for schedulers. */
public final class ExitCodes {

  /** The run completed (possibly with rejected files under the limit). */
  public static final int OK = 0;

  /** The run failed; it can be resumed with the same command. */
  public static final int FAILED = 1;

  /** The arguments are wrong; nothing ran. */
  public static final int USAGE = 2;

  /** The run was refused: a live process is already running the same output and date. */
  public static final int REFUSED = 3;

  /** Nothing was done: the run asked to be resumed has completed, or there is none to resume. */
  public static final int NOTHING_TO_DO = 4;

  private ExitCodes() {}
}
