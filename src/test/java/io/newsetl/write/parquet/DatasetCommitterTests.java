package io.newsetl.write.parquet;

import static io.newsetl.write.parquet.ArticleFixtures.CLOCK;
import static io.newsetl.write.parquet.ArticleFixtures.DAY;
import static io.newsetl.write.parquet.ArticleFixtures.NEXT_DAY;
import static io.newsetl.write.parquet.ArticleFixtures.article;
import static io.newsetl.write.parquet.ArticleFixtures.reject;
import static io.newsetl.write.parquet.ArticleFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.newsetl.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetCommitterTests {

  @TempDir Path output;

  @Test
  void publishesEachDateAndLanguageInFileOrderWithSuccessMarkers() throws IOException {
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));
    writer.writeChunk(
        1,
        List.of(
            article("b.html").published("2024-01-31T10:00:00Z").build(),
            article("c.html").build(),
            article("d.html").language("ar").build()),
        List.of(reject("x.pdf", DAY)));
    writer.writeChunk(
        2,
        List.of(
            article("a.html").published("2024-01-31T08:00:00Z").build(),
            article("e.html").date(NEXT_DAY).build()),
        List.of());

    commit("run-a", settings("r1"));

    assertThat(relativeFiles())
        .containsExactly(
            "articles/archive_date=2024-01-31/_SUCCESS",
            "articles/archive_date=2024-01-31/lang=ar/part-r1-00000.parquet",
            "articles/archive_date=2024-01-31/lang=en/part-r1-00000.parquet",
            "articles/archive_date=2024-02-01/_SUCCESS",
            "articles/archive_date=2024-02-01/lang=en/part-r1-00000.parquet",
            "rejects/archive_date=2024-01-31/_SUCCESS",
            "rejects/archive_date=2024-01-31/part-r1-00000.parquet",
            "rejects/archive_date=2024-02-01/_SUCCESS");
    assertThat(PublishedFiles.articles(output, DAY, "en"))
        .extracting(row -> row.article().ref().relativePath())
        .containsExactly("a.html", "b.html", "c.html");
  }

  @Test
  void marksLaterCopiesOfATextAsDuplicatesOfTheFirstByPathAndMember() throws IOException {
    String story = "The same wire story, filed twice.";
    Article original = article("2024/a.mbox").member(2).text(story).date(NEXT_DAY).build();
    Article sameFileLater = article("2024/a.mbox").member(9).text(story).build();
    Article otherFile =
        article("2024/b.html").text(story).published("2024-01-31T01:00:00Z").build();
    Article unrelated = article("2024/c.html").build();
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));
    writer.writeChunk(1, List.of(otherFile, unrelated), List.of());
    writer.writeChunk(2, List.of(sameFileLater), List.of());
    writer.writeChunk(3, List.of(original), List.of());

    CommitResult result = commit("run-a", settings("r1"));

    Map<String, String> duplicateOf = new LinkedHashMap<>();
    for (LocalDate date : List.of(DAY, NEXT_DAY)) {
      PublishedFiles.articles(output, date, "en")
          .forEach(
              row ->
                  duplicateOf.put(
                      row.article().ref().toString(), row.duplicateOf().orElse("(original)")));
    }
    String originalId = original.id().value();
    assertThat(duplicateOf)
        .containsOnly(
            Map.entry("2024/b.html", originalId),
            Map.entry("2024/a.mbox#9", originalId),
            Map.entry("2024/c.html", "(original)"),
            Map.entry("2024/a.mbox#2", "(original)"));
    assertThat(result.duplicatesMarked()).isEqualTo(2);
  }

  @Test
  void reportsWhatItPublished() throws IOException {
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", settings("r1"));
    writer.writeChunk(
        1,
        List.of(article("a").build(), article("b").language("fr").build()),
        List.of(reject("c", DAY), reject("d", NEXT_DAY)));

    CommitResult result = commit("run-a", settings("r1"));

    List<Path> parquet = PublishedFiles.parquetBelow(output);
    long bytes = 0;
    for (Path file : parquet) {
      bytes += Files.size(file);
    }
    assertThat(result.articlesPerDate())
        .containsExactly(Map.entry(DAY, 2L), Map.entry(NEXT_DAY, 0L));
    assertThat(result.rejectsPerDate())
        .containsExactly(Map.entry(DAY, 1L), Map.entry(NEXT_DAY, 1L));
    assertThat(result.filesWritten()).isEqualTo(parquet.size()).isEqualTo(4);
    assertThat(result.bytesWritten()).isEqualTo(bytes);
    assertThat(output.resolve("_staging/run-a")).doesNotExist();
  }

  @Test
  void mergesInSeveralPassesWhenThereAreMoreFilesThanTheFanIn() throws IOException {
    WriteSettings narrow = WriteSettings.builder("r1", "0.1.0-test", CLOCK).mergeFanIn(2).build();
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", narrow);
    Random random = new Random(7);
    List<Article> all = new ArrayList<>();
    for (int chunk = 0; chunk < 7; chunk++) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String path = String.format(Locale.ROOT, "f-%d-%d.html", chunk, i);
        articles.add(
            random.nextInt(4) == 0
                ? article(path).build()
                : article(path)
                    .published("2024-01-31T%02d:00:00Z".formatted(random.nextInt(24)))
                    .build());
      }
      all.addAll(articles);
      writer.writeChunk(chunk, articles, List.of());
    }

    commit("run-a", narrow);

    List<String> expected =
        all.stream()
            .map(a -> new ArticleRow(a, Optional.empty(), "r1", CLOCK.instant()))
            .sorted(ArticleRow.ORDER)
            .map(row -> row.article().id().value())
            .toList();
    assertThat(PublishedFiles.articles(output, DAY, "en"))
        .extracting(row -> row.article().id().value())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void startsANewFileAtTheTargetSize() throws IOException {
    WriteSettings small =
        WriteSettings.builder("r1", "0.1.0-test", CLOCK).targetFileSize(1).build();
    StagingWriter writer = new StagingWriter(output.toString(), "run-a", small);
    writer.writeChunk(
        1,
        List.of(
            article("c").published("2024-01-31T03:00:00Z").build(),
            article("a").published("2024-01-31T01:00:00Z").build(),
            article("b").published("2024-01-31T02:00:00Z").build()),
        List.of());

    CommitResult result = commit("run-a", small);

    assertThat(PublishedFiles.parquetBelow(PublishedFiles.articlesFolder(output, DAY, "en")))
        .extracting(path -> path.getFileName().toString())
        .containsExactly("part-r1-00000.parquet", "part-r1-00001.parquet", "part-r1-00002.parquet");
    assertThat(PublishedFiles.articles(output, DAY, "en"))
        .extracting(row -> row.article().ref().relativePath())
        .containsExactly("a", "b", "c");
    assertThat(result.filesWritten()).isEqualTo(3);
  }

  @Test
  void rerunningADateReplacesExactlyThatDate() throws IOException {
    StagingWriter first = new StagingWriter(output.toString(), "run-a", settings("r1"));
    first.writeChunk(
        1,
        List.of(
            article("a").build(),
            article("b").language("fr").build(),
            article("c").date(NEXT_DAY).build()),
        List.of(reject("d", DAY), reject("e", NEXT_DAY)));
    commit("run-a", settings("r1"));
    Map<String, Object> nextDayBefore = snapshot(NEXT_DAY);

    new StagingWriter(output.toString(), "run-b", settings("r2"))
        .writeChunk(1, List.of(article("a2").build()), List.of());
    CommitResult result = commit("run-b", settings("r2"));

    assertThat(relativeFiles())
        .filteredOn(path -> path.contains("2024-01-31"))
        .containsExactly(
            "articles/archive_date=2024-01-31/_SUCCESS",
            "articles/archive_date=2024-01-31/lang=en/part-r2-00000.parquet",
            "rejects/archive_date=2024-01-31/_SUCCESS");
    assertThat(PublishedFiles.articles(output, DAY, "en"))
        .extracting(row -> row.article().ref().relativePath(), ArticleRow::runId)
        .containsExactly(tuple("a2", "r2"));
    assertThat(snapshot(NEXT_DAY)).isEqualTo(nextDayBefore);
    assertThat(result.articlesPerDate()).containsOnlyKeys(DAY);
  }

  @Test
  void aDateToReplaceWithNothingStagedIsEmptiedAndOtherDatesStay() throws IOException {
    new StagingWriter(output.toString(), "run-a", settings("r1"))
        .writeChunk(
            1,
            List.of(article("a").build(), article("c").date(NEXT_DAY).build()),
            List.of(reject("d", DAY)));
    commit("run-a", settings("r1"));
    Map<String, Object> nextDayBefore = snapshot(NEXT_DAY);

    new StagingWriter(output.toString(), "run-b", settings("r2"))
        .writeChunk(1, List.of(), List.of());
    CommitResult result =
        new DatasetCommitter(output.toString(), "run-b", settings("r2")).commit(Set.of(DAY));

    assertThat(relativeFiles())
        .filteredOn(path -> path.contains("2024-01-31"))
        .containsExactly(
            "articles/archive_date=2024-01-31/_SUCCESS",
            "rejects/archive_date=2024-01-31/_SUCCESS");
    assertThat(snapshot(NEXT_DAY)).isEqualTo(nextDayBefore);
    assertThat(result.articlesPerDate()).containsExactly(Map.entry(DAY, 0L));
    assertThat(result.rejectsPerDate()).containsExactly(Map.entry(DAY, 0L));
    assertThat(output.resolve("_staging/run-b")).doesNotExist();
  }

  @Test
  void datesToReplaceAreAddedToTheDatesWithStagedRows() throws IOException {
    new StagingWriter(output.toString(), "run-a", settings("r1"))
        .writeChunk(1, List.of(article("a").build()), List.of());

    CommitResult result =
        new DatasetCommitter(output.toString(), "run-a", settings("r1")).commit(Set.of(NEXT_DAY));

    assertThat(result.articlesPerDate())
        .containsExactly(Map.entry(DAY, 1L), Map.entry(NEXT_DAY, 0L));
    assertThat(output.resolve("articles/archive_date=2024-02-01/_SUCCESS")).exists();
  }

  @Test
  void writesNoChecksumFiles() throws IOException {
    new StagingWriter(output.toString(), "run-a", settings("r1"))
        .writeChunk(1, List.of(article("a").build()), List.of(reject("b", DAY)));
    commit("run-a", settings("r1"));

    assertThat(PublishedFiles.filesBelow(output))
        .isNotEmpty()
        .noneMatch(path -> path.getFileName().toString().endsWith(".crc"));
  }

  @Test
  void footersCarryTheVersionsAndTheRunAndEveryColumnIsZstd() throws IOException {
    new StagingWriter(output.toString(), "run-a", settings("r1"))
        .writeChunk(1, List.of(article("a").build()), List.of(reject("b", DAY)));
    commit("run-a", settings("r1"));

    List<Path> parquet = PublishedFiles.parquetBelow(output);
    assertThat(parquet).hasSize(2);
    for (Path file : parquet) {
      ParquetMetadata footer = PublishedFiles.footer(file);
      assertThat(footer.getFileMetaData().getKeyValueMetaData())
          .containsEntry(
              "news_etl.schema_version",
              file.toString().contains("/articles/")
                  ? ArticleSchema.SCHEMA_VERSION
                  : RejectSchema.SCHEMA_VERSION)
          .containsEntry("news_etl.pipeline_version", "0.1.0-test")
          .containsEntry("news_etl.run_id", "r1");
      assertThat(footer.getBlocks())
          .flatExtracting(block -> block.getColumns())
          .extracting(ColumnChunkMetaData::getCodec)
          .containsOnly(CompressionCodecName.ZSTD);
    }
  }

  @Test
  void committingAgainAfterItFinishedChangesNothing() throws IOException {
    new StagingWriter(output.toString(), "run-a", settings("r1"))
        .writeChunk(1, List.of(article("a").build()), List.of());
    commit("run-a", settings("r1"));
    Map<String, Object> before = snapshot(DAY);

    CommitResult again = commit("run-a", settings("r1"));

    assertThat(again).isEqualTo(CommitResult.empty());
    assertThat(snapshot(DAY)).isEqualTo(before);
  }

  @Test
  void discardDropsTheStagingAreaAndPublishesNothing() throws IOException {
    new StagingWriter(output.toString(), "run-a", settings("r1"))
        .writeChunk(1, List.of(article("a").build()), List.of());

    new DatasetCommitter(output.toString(), "run-a", settings("r1")).discard();

    assertThat(PublishedFiles.filesBelow(output)).isEmpty();
  }

  @Nested
  class AfterACrash {

    static Stream<String> crashPoints() {
      return Stream.of(
          "build",
          "done-2024-01-31-articles-aside",
          "done-2024-01-31-articles-move_in",
          "done-2024-01-31-articles-success",
          "done-2024-01-31-articles-drop_old",
          "done-2024-01-31-rejects-aside",
          "done-2024-01-31-rejects-move_in",
          "done-2024-01-31-rejects-success",
          "done-2024-01-31-rejects-drop_old",
          "clean-up");
    }

    @ParameterizedTest(name = "crash after {0}")
    @MethodSource("crashPoints")
    void aNewCommitFinishesTheJobAndNoReaderSeesAMix(String crashPoint) throws IOException {
      new StagingWriter(output.toString(), "run-a", settings("old"))
          .writeChunk(1, List.of(article("old").build()), List.of(reject("old.pdf", DAY)));
      commit("run-a", settings("old"));
      new StagingWriter(output.toString(), "run-b", settings("new"))
          .writeChunk(1, List.of(article("new-1").build(), article("new-2").build()), List.of());
      DatasetCommitter crashing =
          new DatasetCommitter(
              output.toString(),
              "run-b",
              settings("new"),
              step -> {
                if (step.equals(crashPoint)) {
                  throw new IOException("crash after " + step);
                }
              });

      assertThatThrownBy(crashing::commit).hasMessage("crash after " + crashPoint);
      Set<String> visibleRuns =
          PublishedFiles.articles(output, DAY, "en").stream()
              .map(ArticleRow::runId)
              .collect(Collectors.toSet());
      assertThat(visibleRuns).hasSizeLessThanOrEqualTo(1);
      CommitResult resumed = commit("run-b", settings("new"));

      assertThat(PublishedFiles.articles(output, DAY, "en"))
          .extracting(row -> row.article().ref().relativePath())
          .containsExactlyInAnyOrder("new-1", "new-2");
      assertThat(PublishedFiles.rejects(output, DAY)).isEmpty();
      assertThat(output.resolve("articles/archive_date=2024-01-31/_SUCCESS")).exists();
      assertThat(output.resolve("rejects/archive_date=2024-01-31/_SUCCESS")).exists();
      assertThat(output.resolve("_staging/run-b")).doesNotExist();
      assertThat(resumed.articlesPerDate()).containsExactly(Map.entry(DAY, 2L));
    }

    @Test
    void aResumedCommitReplacesTheDatesItsPlanRecorded() throws IOException {
      new StagingWriter(output.toString(), "run-a", settings("old"))
          .writeChunk(1, List.of(article("old").date(NEXT_DAY).build()), List.of());
      commit("run-a", settings("old"));
      new StagingWriter(output.toString(), "run-b", settings("new"))
          .writeChunk(1, List.of(article("new").build()), List.of());
      DatasetCommitter crashing =
          new DatasetCommitter(
              output.toString(),
              "run-b",
              settings("new"),
              step -> {
                if (step.equals("done-2024-01-31-articles-aside")) {
                  throw new IOException("crash in the swap");
                }
              });
      assertThatThrownBy(() -> crashing.commit(Set.of(NEXT_DAY))).isInstanceOf(IOException.class);

      CommitResult resumed = commit("run-b", settings("new"));

      assertThat(resumed.articlesPerDate())
          .containsExactly(Map.entry(DAY, 1L), Map.entry(NEXT_DAY, 0L));
      assertThat(PublishedFiles.parquetBelow(output.resolve("articles/archive_date=2024-02-01")))
          .isEmpty();
      assertThat(output.resolve("articles/archive_date=2024-02-01/_SUCCESS")).exists();
    }

    @Test
    void leftoversOfAnInterruptedBuildAreNotPublished() throws IOException {
      new StagingWriter(output.toString(), "run-a", settings("r1"))
          .writeChunk(1, List.of(article("a").build()), List.of());
      Path stray =
          output.resolve("_staging/run-a/publish/articles/archive_date=2024-01-31/lang=xx");
      Files.createDirectories(stray);
      Files.writeString(stray.resolve("part-r1-00000.parquet"), "half written");

      commit("run-a", settings("r1"));

      assertThat(relativeFiles()).noneMatch(path -> path.contains("lang=xx"));
    }
  }

  @Nested
  class Refuses {

    @Test
    void toDiscardARunWhoseCommitHasBegun() throws IOException {
      new StagingWriter(output.toString(), "run-a", settings("r1"))
          .writeChunk(1, List.of(article("a").build()), List.of());
      DatasetCommitter crashing =
          new DatasetCommitter(
              output.toString(),
              "run-a",
              settings("r1"),
              step -> {
                if (step.endsWith("articles-aside")) {
                  throw new IOException("crash");
                }
              });
      assertThatThrownBy(crashing::commit).isInstanceOf(IOException.class);

      assertThatThrownBy(
              () -> new DatasetCommitter(output.toString(), "run-a", settings("r1")).discard())
          .isInstanceOf(IllegalStateException.class);
    }
  }

  private CommitResult commit(String runKey, WriteSettings settings) throws IOException {
    return new DatasetCommitter(output.toString(), runKey, settings).commit();
  }

  private List<String> relativeFiles() {
    return PublishedFiles.filesBelow(output).stream()
        .map(path -> output.relativize(path).toString())
        .toList();
  }

  /** Every file of a date with its size and modification time. */
  private Map<String, Object> snapshot(LocalDate date) throws IOException {
    Map<String, Object> files = new LinkedHashMap<>();
    for (String dataset : List.of("articles", "rejects")) {
      for (Path file :
          PublishedFiles.filesBelow(output.resolve(dataset + "/archive_date=" + date))) {
        files.put(
            output.relativize(file).toString(),
            List.of(Files.size(file), Files.getLastModifiedTime(file)));
      }
    }
    return files;
  }
}
