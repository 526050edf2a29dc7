package io.newsetl.write.parquet;

import io.newsetl.article.Article;
import io.newsetl.article.ArticleId;
import io.newsetl.article.DocumentRef;
import io.newsetl.article.PublicationDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures staging and committing: every {@code .txt} file below a folder becomes an article,
 * repeated {@code copies} times under other paths (so every copy after the first is a duplicate),
 * spread over two archive dates, staged in chunks of 100 by two threads; then, in another JVM,
 * committed. With the BBC texts of {@code ../shared/datasets/bbc-news} unpacked to {@code
 * /tmp/bbc}:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
 * CP=target/classes:target/test-classes:$(cat cp.txt)
 * java -Xmx1g -cp $CP io.newsetl.write.parquet.StagingCommitBenchmark stage /tmp/bbc /tmp/out 40
 * java -Xmx160m -cp $CP io.newsetl.write.parquet.StagingCommitBenchmark commit /tmp/out
 * </pre>
 */
final class StagingCommitBenchmark {

  private static final int CHUNK = 100;

  private StagingCommitBenchmark() {}

  /** {@code stage <input folder> <output> <copies>} or {@code commit <output>}. */
  public static void main(String[] args) throws Exception {
    WriteSettings settings = WriteSettings.builder("bench", "bench", Clock.systemUTC()).build();
    if (args[0].equals("stage")) {
      stage(Path.of(args[1]), args[2], Integer.parseInt(args[3]), settings);
    } else {
      commit(args[1], settings);
    }
  }

  private static void stage(Path input, String output, int copies, WriteSettings settings)
      throws Exception {
    List<Article> articles = articles(input, copies);
    long textBytes = 0;
    for (Article article : articles) {
      textBytes += article.text().getBytes(StandardCharsets.UTF_8).length;
    }
    long start = System.nanoTime();
    stage(new StagingWriter(output, "bench", settings), articles);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "staged %d articles, %.1f MB of text, in %.1f s (%.0f articles/s)%n",
        articles.size(),
        textBytes / 1e6,
        seconds,
        articles.size() / seconds);
  }

  private static void commit(String output, WriteSettings settings) throws IOException {
    long start = System.nanoTime();
    CommitResult result = new DatasetCommitter(output, "bench", settings).commit();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "committed %d articles in %.1f s (%.0f articles/s), heap limit %.0f MB;"
            + " %d files, %.1f MB, %d duplicates%n",
        result.articles(),
        seconds,
        result.articles() / seconds,
        Runtime.getRuntime().maxMemory() / 1e6,
        result.filesWritten(),
        result.bytesWritten() / 1e6,
        result.duplicatesMarked());
  }

  private static List<Article> articles(Path input, int copies) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(input)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    Instant day = Instant.parse("2024-01-31T00:00:00Z");
    for (int copy = 0; copy < copies; copy++) {
      for (int i = 0; i < files.size(); i++) {
        String text = Files.readString(files.get(i), StandardCharsets.ISO_8859_1).strip();
        DocumentRef ref = new DocumentRef("copy-" + copy + "/" + input.relativize(files.get(i)), 0);
        Instant published = day.plus(Duration.ofMinutes((i * 37L + copy * 11L) % 2880));
        articles.add(
            new Article(
                ArticleId.of(ref),
                ref,
                "file:/in/" + ref.relativePath(),
                "text/plain",
                Optional.of("ISO-8859-1"),
                Optional.of(text.lines().findFirst().orElse("")),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new PublicationDate(published, "path")),
                "en",
                0.99,
                text,
                text.split("\\s+").length,
                ArticleFixtures.sha256(text),
                LocalDate.ofInstant(published, ZoneOffset.UTC)));
      }
    }
    return articles;
  }

  private static void stage(StagingWriter writer, List<Article> articles) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int from = 0; from < articles.size(); from += CHUNK) {
        long key = from / CHUNK;
        List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + CHUNK));
        done.add(
            pool.submit(
                () -> {
                  writer.writeChunk(key, chunk, List.of());
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
