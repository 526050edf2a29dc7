package io.newsetl.enrich.entities.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One tab-separated knowledge-base file: its version (from a header line "... Version N.") and its
 * rows, comment lines ({@code #}) and blank lines skipped.
 *
 * @param name the resource name, for error messages
 * @param version the version the header states, or "0" when it states none
 * @param rows the cells of each row
 */
record KbTable(String name, String version, List<Row> rows) {

  private static final Pattern VERSION = Pattern.compile("Version (\\d+)");

  /** The languages of the alias columns, in column order. */
  static final List<String> LANGUAGES = List.of("en", "ar", "fr", "es", "de", "ru", "zh");

  /** One row: its line number and cells. */
  record Row(int line, List<String> cells) {

    String cell(int index) {
      return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** The aliases of a cell, "|"-separated, with their markers. */
    List<String> aliases(int index) {
      return Arrays.stream(cell(index).split("\\|"))
          .map(String::strip)
          .filter(a -> !a.isEmpty())
          .toList();
    }
  }

  /**
   * Reads a table whose rows have {@code columns} cells.
   *
   * @throws IllegalArgumentException on a row with another number of cells, naming its line
   */
  static KbTable read(String name, InputStream in, int columns) {
    if (in == null) {
      throw new IllegalStateException("missing knowledge-base resource " + name);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String version = "0";
      List<Row> rows = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#")) {
          Matcher m = VERSION.matcher(line);
          version = m.find() && "0".equals(version) ? m.group(1) : version;
        } else if (!line.isBlank()) {
          List<String> cells = List.of(line.split("\t", -1));
          if (cells.size() != columns) {
            throw new IllegalArgumentException(
                name
                    + " line "
                    + number
                    + ": expected "
                    + columns
                    + " tab-separated cells, got "
                    + cells.size());
          }
          rows.add(new Row(number, cells));
        }
      }
      return new KbTable(name, version, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
