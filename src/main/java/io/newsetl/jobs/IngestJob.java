package io.newsetl.jobs;

/** Names of the ingest job, its steps, its parameters and its execution-context keys. */
public final class IngestJob {

  public static final String NAME = "ingest";
  public static final String PLAN_STEP = "plan";
  public static final String PROCESS_STEP = "process";
  public static final String COMMIT_STEP = "commit";

  /** Input folder or URI (identifying). */
  public static final String INPUT = "input";

  /** Output dataset folder or URI (identifying). */
  public static final String OUTPUT = "output";

  /** Archive date to process, {@code YYYY-MM-DD}, or {@value #ALL_DATES} (identifying). */
  public static final String DATE = "date";

  /** Run id: new for every fresh run, the same when a run is restarted (identifying). */
  public static final String RUN = "run";

  /** Most rejects a run may have and still be committed; negative means no limit. */
  public static final String MAX_REJECTS = "maxRejects";

  /**
   * A manifest of the whole input, listed once for many runs (a backfill), that the plan step
   * filters instead of listing the input itself (not identifying).
   */
  public static final String LISTING = "listing";

  public static final String ALL_DATES = "all";

  static final String FILES_PLANNED = "files.planned";
  static final String COMMIT_DUPLICATES = "commit.duplicates";
  static final String COMMIT_FILES = "commit.files";
  static final String COMMIT_BYTES = "commit.bytes";
  static final String COMMIT_DATES = "commit.dates";

  private IngestJob() {}

  /** Where a run keeps its work area and its plan. */
  static String stagingOf(String output, String run) {
    return trimSlash(output) + "/_staging/" + run;
  }

  static String manifestOf(String output, String run) {
    return stagingOf(output, run) + "/manifest.tsv";
  }

  private static String trimSlash(String location) {
    return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
  }
}
