package io.newsetl.jobs;

/** Thrown by the commit step when a run has more rejects than its limit allows. */
public final class RejectLimitExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RejectLimitExceededException(long rejects, long limit) {
    super(
        rejects
            + " documents were rejected, more than the limit of "
            + limit
            + "; nothing was published (see the rejects in the summary, or raise --max-rejects)");
  }
}
