package io.newsetl.jobs;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user asks the ingest job to do.
 *
 * @param input folder, file or URI of the raw files
 * @param output folder or URI of the dataset
 * @param date the archive date to process; empty for every date found
 * @param maxRejects most rejects the run may have and still be published; negative for no limit
 */
public record IngestRequest(
    String input, String output, Optional<LocalDate> date, long maxRejects) {

  public IngestRequest {
    input = canonical(Objects.requireNonNull(input, "input"));
    output = canonical(Objects.requireNonNull(output, "output"));
    Objects.requireNonNull(date, "date");
  }

  /** The date parameter's value: the ISO date or {@value IngestJob#ALL_DATES}. */
  public String dateParameter() {
    return date.map(LocalDate::toString).orElse(IngestJob.ALL_DATES);
  }

  /** A location as an absolute URI, so that {@code ./in} and {@code /home/me/in} are one input. */
  static String canonical(String location) {
    String trimmed = location.strip();
    if (trimmed.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      String uri = URI.create(trimmed).normalize().toString();
      return uri.endsWith("/") && uri.length() > 1 ? uri.substring(0, uri.length() - 1) : uri;
    }
    String uri = Path.of(trimmed).toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
