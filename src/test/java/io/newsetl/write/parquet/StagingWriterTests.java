package io.newsetl.write.parquet;

import static io.newsetl.write.parquet.ArticleFixtures.DAY;
import static io.newsetl.write.parquet.ArticleFixtures.NEXT_DAY;
import static io.newsetl.write.parquet.ArticleFixtures.article;
import static io.newsetl.write.parquet.ArticleFixtures.reject;
import static io.newsetl.write.parquet.ArticleFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsetl.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StagingWriterTests {

  @TempDir Path output;

  private Path chunk(long key) {
    return output.resolve("_staging/run-a/chunks/chunk-" + key);
  }

  @Test
  void stagesOneFilePerDateAndLanguageAndNothingElsewhere() throws IOException {
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));

    writer.writeChunk(
        7,
        List.of(
            article("a.html").build(),
            article("b.html").language("ar").build(),
            article("c.html").build(),
            article("d.html").date(NEXT_DAY).build()),
        List.of(reject("e.pdf", DAY)));

    assertThat(PublishedFiles.filesBelow(output))
        .extracting(output::relativize)
        .extracting(Path::toString)
        .containsExactly(
            "_staging/run-a/chunks/chunk-7/articles_2024-01-31_ar.parquet",
            "_staging/run-a/chunks/chunk-7/articles_2024-01-31_en.parquet",
            "_staging/run-a/chunks/chunk-7/articles_2024-02-01_en.parquet",
            "_staging/run-a/chunks/chunk-7/rejects_2024-01-31.parquet");
  }

  @Test
  void stagedFilesUseTheCheapStagingCodecWhateverTheRunCodec() throws IOException {
    new StagingWriter(output.toString(), "run-a", settings("r1"))
        .writeChunk(3, List.of(article("a.html").build()), List.of(reject("e.pdf", DAY)));

    List<Path> staged = PublishedFiles.parquetBelow(chunk(3));
    assertThat(staged).hasSize(2);
    for (Path file : staged) {
      assertThat(PublishedFiles.footer(file).getBlocks())
          .flatExtracting(block -> block.getColumns())
          .extracting(ColumnChunkMetaData::getCodec)
          .containsOnly(CompressionCodecName.SNAPPY);
    }
  }

  @Test
  void sortsEachFileByPublicationInstantWithMissingOnesLastThenById() throws IOException {
    List<Article> articles =
        List.of(
            article("none-2.html").build(),
            article("late.html").published("2024-01-31T20:00:00Z").build(),
            article("none-1.html").build(),
            article("early.html").published("2024-01-31T01:00:00Z").build());
    List<String> expected =
        List.of(
            "early.html",
            "late.html",
            firstById(articles.get(0), articles.get(2)),
            secondById(articles.get(0), articles.get(2)));

    new StagingWriter(output.toString(), "run-a", settings("r1"))
        .writeChunk(1, articles, List.of());

    List<ArticleRow> staged =
        PublishedFiles.read(
            chunk(1).resolve("articles_2024-01-31_en.parquet"), new ArticleReadSupport(DAY, "en"));
    assertThat(staged)
        .extracting(row -> row.article().ref().relativePath())
        .containsExactlyElementsOf(expected);
    assertThat(staged).allMatch(row -> row.runId().equals("r1") && row.duplicateOf().isEmpty());
  }

  @Test
  void writingAChunkKeyAgainReplacesWhatItStaged() throws IOException {
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));
    writer.writeChunk(
        3,
        List.of(article("a.html").build(), article("b.html").language("fr").build()),
        List.of(reject("c.pdf", DAY)));

    writer.writeChunk(3, List.of(article("a.html").build()), List.of());

    assertThat(PublishedFiles.filesBelow(chunk(3)))
        .extracting(path -> path.getFileName().toString())
        .containsExactly("articles_2024-01-31_en.parquet");
    assertThat(
            PublishedFiles.read(
                chunk(3).resolve("articles_2024-01-31_en.parquet"),
                new ArticleReadSupport(DAY, "en")))
        .hasSize(1);
  }

  @Test
  void anEmptyChunkLeavesNothingStaged() throws IOException {
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));
    writer.writeChunk(5, List.of(article("a.html").build()), List.of());

    writer.writeChunk(5, List.of(), List.of());

    assertThat(chunk(5)).doesNotExist();
  }

  @Test
  void chunksWithDifferentKeysCanBeWrittenAtTheSameTime() throws Exception {
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int key = 0; key < 16; key++) {
        long chunkKey = key;
        done.add(
            pool.submit(
                () -> {
                  writer.writeChunk(
                      chunkKey,
                      List.of(article("f" + chunkKey + ".html").build()),
                      List.of(reject("g" + chunkKey + ".pdf", DAY)));
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(PublishedFiles.parquetBelow(output.resolve("_staging"))).hasSize(32);
    assertThat(PublishedFiles.filesBelow(output))
        .noneMatch(path -> path.getFileName().toString().startsWith("."));
  }

  @Nested
  class Refuses {

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".hidden", "a/b", "run key"})
    void aRunKeyThatIsNotAFolderName(String runKey) {
      assertThatThrownBy(() -> new StagingWriter(output.toString(), runKey, settings("r1")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLanguageThatIsNotAFolderName() throws IOException {
      StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));

      assertThatThrownBy(
              () -> writer.writeChunk(1, List.of(article("a").language("../x").build()), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chunksOnceTheCommitHasBegun() throws IOException {
      StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));
      Files.createDirectories(output.resolve("_staging/run-a/commit"));
      Files.writeString(output.resolve("_staging/run-a/commit/plan"), "duplicates 0\n");

      assertThatThrownBy(() -> writer.writeChunk(1, List.of(article("a").build()), List.of()))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  private static String firstById(Article a, Article b) {
    return (a.id().value().compareTo(b.id().value()) < 0 ? a : b).ref().relativePath();
  }

  private static String secondById(Article a, Article b) {
    return (a.id().value().compareTo(b.id().value()) < 0 ? b : a).ref().relativePath();
  }
}
