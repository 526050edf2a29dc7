package io.newsetl.write.parquet;

import io.newsetl.article.DocumentRef;
import java.util.Objects;

/**
 * What duplicate marking needs of an article: its text hash, where it comes from and its id.
 *
 * @param textSha256 hash of the article's text
 * @param ref the article's file and member; the smallest one of a hash is the original
 * @param articleId the article's id
 */
record DuplicateKey(String textSha256, DocumentRef ref, String articleId) {

  DuplicateKey {
    Objects.requireNonNull(textSha256, "textSha256");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(articleId, "articleId");
  }
}
