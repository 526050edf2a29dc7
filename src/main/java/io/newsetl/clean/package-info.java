/**
 * Cleaning: text normalization, language identification and word counting.
 *
 * <p>Pure logic on strings: no Spring, Tika, Parquet or Hadoop. Every public class here is
 * thread-safe and can be shared by all worker threads of a step.
 */
package io.newsetl.clean;
