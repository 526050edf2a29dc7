package io.newsetl.ingest.html;

/**
 * The value of each block of a page, index by index, and whether it lies in a region dropped as
 * boilerplate. A dropped block keeps a negative value, so that a container reaching over it pays
 * for it.
 */
record BlockScores(double[] values, boolean[] dropped) {

  double value(int index) {
    return values[index];
  }

  boolean isDropped(int index) {
    return dropped[index];
  }
}
