package io.newsetl.write.parquet;

import static io.newsetl.write.parquet.ArticleFixtures.DAY;
import static io.newsetl.write.parquet.ArticleFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.DocumentRef;
import io.newsetl.article.Reject;
import io.newsetl.article.RejectReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectSchemaTests {

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(RejectReason.class)
  void readsBackEveryReason(RejectReason reason) throws IOException {
    Reject reject =
        new Reject(
            new DocumentRef("2024/01/31/بيان.pdf", 2),
            "hdfs://nn/in/2024/01/31/بيان.pdf",
            5_000_000_000L,
            reason == RejectReason.EMPTY ? Optional.empty() : Optional.of("application/pdf"),
            reason,
            "SomeException",
            "could not read: 文件损坏",
            DAY);
    RejectRow row = new RejectRow(reject, "run-1", at("2024-02-02T10:15:30.123456Z"));

    assertThat(writeAndRead(row)).containsExactly(row);
  }

  @Test
  void storesTheReasonLabel() throws IOException {
    Path file = folder.resolve("rejects.parquet");
    RejectRow row =
        new RejectRow(ArticleFixtures.reject("a.pdf", DAY), "run-1", at("2024-02-02T10:00:00Z"));
    PublishedFiles.write(
        file, new RejectWriteSupport(ArticleFixtures.settings("run-1")), List.of(row));

    List<String> reasons =
        PublishedFiles.read(
            file,
            new RowReadSupport<String>(RejectSchema.MESSAGE_TYPE) {
              @Override
              String toRow(FieldValues values) {
                return values.string("reason");
              }
            });

    assertThat(reasons).containsExactly("encrypted");
  }

  @Test
  void columnsAreTheContractInOrder() {
    assertThat(RejectSchema.MESSAGE_TYPE.getFields().stream().map(Type::getName))
        .containsExactly(
            "source_path",
            "source_uri",
            "container_member",
            "file_size",
            "media_type",
            "reason",
            "error_class",
            "message",
            "run_id",
            "rejected_at");
  }

  private List<RejectRow> writeAndRead(RejectRow row) throws IOException {
    Path file = folder.resolve("rejects.parquet");
    PublishedFiles.write(
        file, new RejectWriteSupport(ArticleFixtures.settings("run-1")), List.of(row));
    return PublishedFiles.read(file, new RejectReadSupport(DAY));
  }
}
