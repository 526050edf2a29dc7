package io.newsetl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small archive over three dates written into a temporary folder, the commands run in this JVM,
 * and the dataset read back with DuckDB.
 */
final class ArchiveFixture {

  static final List<String> DATES = List.of("2023-07-12", "2023-07-13", "2023-07-14");

  private ArchiveFixture() {}

  /** Eleven files: three or four stories a date, one text filed twice, one empty file. */
  static Path write(Path folder) throws IOException {
    String[] places = {
      "Tokyo", "Cairo", "Paris", "Lima", "Oslo", "Dakar", "Quito", "Hanoi", "Riga", "Accra"
    };
    for (int i = 0; i < places.length; i++) {
      String date = DATES.get(i % DATES.size());
      String text =
          String.format(
              Locale.ROOT,
              "Markets in %s rise%n%nShares in %s rose on Wednesday, "
                  + "traders told Reuters. \"We expect more gains next week,\" said analyst Maria Lopez. The index "
                  + "closed %d points higher, its best day since March.%n",
              places[i],
              places[i],
              10 + i);
      file(folder, date.replace('-', '/') + "/story-" + i + ".txt", text);
    }
    file(
        folder,
        "2023/07/13/copy-of-story-1.txt",
        Files.readString(folder.resolve("2023/07/13/story-1.txt"), StandardCharsets.UTF_8));
    file(folder, "2023/07/14/empty.txt", "");
    return folder;
  }

  static void file(Path folder, String path, String text) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * The arguments of an ingest run of {@code input} into {@code output} with one parsing thread,
   * the job repository setting {@code home} ({@code --news-etl.home=...}) and {@code more}.
   */
  static String[] ingestArgs(Path input, Path output, String home, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "ingest",
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                home,
                "--news-etl.threads=1"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** Runs the command line in this JVM and returns its exit status and what it printed. */
  static Result execute(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      int status = NewsEtl.execute(args);
      return new Result(status, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** Every article of the dataset as "article_id text_sha256" with how often it occurs. */
  static Map<String, Integer> articles(Path output) throws SQLException {
    Map<String, Integer> rows = new TreeMap<>();
    for (String row :
        query(output, "SELECT article_id || ' ' || text_sha256 FROM " + articleTable(output))) {
      rows.merge(row, 1, Integer::sum);
    }
    return rows;
  }

  /** Every reject of the dataset as "archive_date source_path reason". */
  static List<String> rejects(Path output) throws SQLException {
    return query(
        output,
        "SELECT archive_date || ' ' || source_path || ' ' || reason FROM read_parquet('"
            + output
            + "/rejects/**/*.parquet', hive_partitioning = true) ORDER BY 1");
  }

  /** The run id of each date's articles, one line a date: "2023-07-12 run-id". */
  static List<String> runsPerDate(Path output) throws SQLException {
    return query(
        output,
        "SELECT DISTINCT archive_date || ' ' || run_id FROM "
            + articleTable(output)
            + " ORDER BY 1");
  }

  static String articleTable(Path output) {
    return "read_parquet('" + output + "/articles/**/*.parquet', hive_partitioning = true)";
  }

  static List<String> query(Path output, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  /** Files below the output, relative, for looking at leftovers. */
  static List<String> files(Path output) throws IOException {
    try (Stream<Path> walk = Files.walk(output)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> output.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  record Result(int status, String out) {}
}
