package io.newsetl.write.parquet;

import io.newsetl.article.DocumentRef;
import java.util.List;
import org.apache.parquet.schema.MessageType;

/** Reads only the columns duplicate marking needs from an articles file. */
final class DuplicateKeyReadSupport extends RowReadSupport<DuplicateKey> {

  static final MessageType PROJECTION =
      new MessageType(
          "duplicate_key",
          List.of("article_id", "source_path", "container_member", "text_sha256").stream()
              .map(ArticleSchema.MESSAGE_TYPE::getType)
              .toList());

  DuplicateKeyReadSupport() {
    super(PROJECTION);
  }

  @Override
  DuplicateKey toRow(FieldValues values) {
    return new DuplicateKey(
        values.string("text_sha256"),
        new DocumentRef(values.string("source_path"), values.int32("container_member")),
        values.string("article_id"));
  }
}
