package io.newsetl.write.parquet;

import static io.newsetl.write.parquet.ArticleFixtures.article;
import static io.newsetl.write.parquet.ArticleFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.newsetl.article.Article;
import io.newsetl.article.Enrichment;
import io.newsetl.article.Entity;
import io.newsetl.article.Quotation;
import io.newsetl.article.Source;
import io.newsetl.article.Temporal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleSchemaTests {

  @TempDir Path folder;

  static Stream<Arguments> articles() {
    return Stream.of(
        arguments(
            "every column set",
            article("2024/01/31/full.html")
                .everything()
                .member(3)
                .title("Talks resume")
                .authors("Jane Doe", "John Roe")
                .published("2024-01-31T08:00:00.123456Z")
                .build(),
            Optional.of("0123456789abcdef0123456789abcdef")),
        arguments(
            "optional columns empty, no authors", article("bare.txt").build(), Optional.empty()),
        arguments(
            "Arabic",
            article("ar/story.html")
                .language("ar")
                .title("الصين تعلن استئناف المحادثات")
                .authors("محمد علي")
                .text("قال متحدث باسم وزارة الخارجية يوم الأربعاء إن المحادثات ستستأنف.")
                .published("2024-01-31T05:30:00Z")
                .build(),
            Optional.empty()),
        arguments(
            "Chinese",
            article("zh/story.html")
                .language("zh")
                .title("中国宣布恢复谈判")
                .authors("王伟")
                .text("外交部发言人周三表示，谈判将于下周恢复。")
                .build(),
            Optional.empty()),
        arguments(
            "enrichment with every struct field, and with optional ones missing",
            article("2023/07/13/seed.txt")
                .language("ar")
                .title("الصين ترفض المزاعم")
                .text("قال وانغ يوم الأربعاء لرويترز: «كفى».")
                .build()
                .withEnrichment(
                    new Enrichment(
                        List.of(new Temporal("يوم الأربعاء", "DATE", "2023-07-12", 8, 20)),
                        List.of(
                            new Source(
                                "Reuters", Optional.of("Q130879"), "cited", "لرويترز", 21, 28),
                            new Source(
                                "Example Times",
                                Optional.empty(),
                                "publisher",
                                "Example Times",
                                -1,
                                -1)),
                        List.of(
                            new Quotation(
                                "كفى",
                                Optional.of("وانغ"),
                                Optional.of("وانغ"),
                                Optional.of("قال"),
                                30,
                                35),
                            new Quotation(
                                "no speaker",
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                0,
                                3)),
                        List.of(
                            new Entity(
                                "وانغ", "PERSON", "PERSON", 4, 8, "Wang", Optional.empty(), 0.91),
                            new Entity(
                                "لرويترز",
                                "ORGANIZATION",
                                "NEWS_AGENCY",
                                21,
                                28,
                                "Reuters",
                                Optional.of("Q130879"),
                                0.9)),
                        List.of(
                            new Entity(
                                "الصين",
                                "LOCATION",
                                "COUNTRY",
                                0,
                                5,
                                "China",
                                Optional.of("Q148"),
                                0.95)))),
            Optional.empty()),
        arguments(
            "instant before the epoch",
            article("old.txt").published("1969-12-31T23:59:59.999999Z").build(),
            Optional.empty()),
        arguments(
            "empty text and an empty author",
            article("empty.txt").text("").authors("").build(),
            Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void readsBackWhatItWrote(String name, Article article, Optional<String> duplicateOf)
      throws IOException {
    ArticleRow row =
        new ArticleRow(article, duplicateOf, "run-1", at("2024-02-02T10:15:30.123456Z"));

    List<ArticleRow> read = writeAndRead(List.of(row));

    assertThat(read).containsExactly(row);
  }

  @Test
  void dropsDigitsFinerThanAMicrosecond() throws IOException {
    Article article = article("fine.txt").published("2024-01-31T08:00:00.123456789Z").build();
    ArticleRow row =
        new ArticleRow(article, Optional.empty(), "run-1", at("2024-02-02T10:15:30.999999999Z"));

    ArticleRow read = writeAndRead(List.of(row)).get(0);

    assertThat(read.article().published().orElseThrow().instant())
        .isEqualTo(at("2024-01-31T08:00:00.123456Z"));
    assertThat(read.ingestedAt()).isEqualTo(at("2024-02-02T10:15:30.999999Z"));
  }

  @Test
  void columnsAreTheContractInOrder() {
    assertThat(ArticleSchema.MESSAGE_TYPE.getFields().stream().map(Type::getName))
        .containsExactly(
            "article_id",
            "source_path",
            "source_uri",
            "container_member",
            "media_type",
            "charset",
            "title",
            "authors",
            "publisher",
            "url",
            "published_at",
            "published_at_source",
            "language_confidence",
            "text",
            "word_count",
            "text_sha256",
            "duplicate_of",
            "temporal",
            "sources",
            "quotes",
            "entities",
            "title_entities",
            "run_id",
            "ingested_at");
  }

  @Test
  void aFileOfSchemaVersion2ReadsWithoutTitleEntities() throws IOException {
    // written by the build before title_entities, as a run that crashed before an upgrade leaves
    // its staged files for restart to publish
    Path file = Path.of("src/test/resources/io/newsetl/write/parquet/articles-schema-2.parquet");

    List<ArticleRow> rows =
        PublishedFiles.read(file, new ArticleReadSupport(LocalDate.of(2023, 7, 13), "en"));

    assertThat(rows).singleElement();
    Article article = rows.get(0).article();
    assertThat(article.title()).hasValue("Talks resume in Geneva");
    assertThat(article.enrichment().entities()).extracting(Entity::text).contains("Geneva");
    assertThat(article.enrichment().titleEntities()).isEmpty();
  }

  @Test
  void authorsUseTheThreeLevelListLayout() {
    GroupType authors = ArticleSchema.MESSAGE_TYPE.getType("authors").asGroupType();
    GroupType repeated = authors.getType("list").asGroupType();

    assertThat(authors.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.listType());
    assertThat(repeated.isRepetition(Type.Repetition.REPEATED)).isTrue();
    assertThat(repeated.getType("element").getLogicalTypeAnnotation())
        .isEqualTo(LogicalTypeAnnotation.stringType());
  }

  @Test
  void instantsAreMicrosecondsAdjustedToUtc() {
    assertThat(ArticleSchema.MESSAGE_TYPE.getType("published_at").getLogicalTypeAnnotation())
        .isEqualTo(
            LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
    assertThat(ArticleSchema.MESSAGE_TYPE.getType("ingested_at").getLogicalTypeAnnotation())
        .isEqualTo(
            LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
  }

  private List<ArticleRow> writeAndRead(List<ArticleRow> rows) throws IOException {
    Path file = folder.resolve("articles.parquet");
    PublishedFiles.write(file, new ArticleWriteSupport(ArticleFixtures.settings("run-1")), rows);
    Article first = rows.get(0).article();
    return PublishedFiles.read(file, new ArticleReadSupport(first.archiveDate(), first.language()));
  }
}
