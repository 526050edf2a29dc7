package io.newsetl.evaluate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A page where the date found differs from the gold date.
 *
 * @param url the page
 * @param gold the gold day, if any
 * @param found the day found, if any
 * @param source the evidence of the date found, if any
 */
public record PubdateMiss(
    String url, Optional<LocalDate> gold, Optional<LocalDate> found, Optional<String> source) {}
