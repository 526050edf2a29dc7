package io.newsetl.write.parquet;

import java.util.Comparator;
import java.util.function.Supplier;

/**
 * How to read, write and order the rows of one staged group.
 *
 * @param reader a new read support for each file
 * @param writer a new write support for each file
 * @param order the order of rows in every file
 */
record RowKind<T>(
    Supplier<RowReadSupport<T>> reader, Supplier<RowWriteSupport<T>> writer, Comparator<T> order) {}
