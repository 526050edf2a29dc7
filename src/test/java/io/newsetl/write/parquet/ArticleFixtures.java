package io.newsetl.write.parquet;

import io.newsetl.article.Article;
import io.newsetl.article.ArticleId;
import io.newsetl.article.DocumentRef;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.Reject;
import io.newsetl.article.RejectReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Hand-built articles and rejects for the writer's tests. */
final class ArticleFixtures {

  static final LocalDate DAY = LocalDate.of(2024, 1, 31);
  static final LocalDate NEXT_DAY = LocalDate.of(2024, 2, 1);
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-02-02T10:15:30.123456789Z"), ZoneOffset.UTC);

  private ArticleFixtures() {}

  static ArticleBuilder article(String path) {
    return new ArticleBuilder(path);
  }

  static Reject reject(String path, LocalDate date) {
    return new Reject(
        new DocumentRef(path, 0),
        "file:/in/" + path,
        42,
        Optional.of("application/pdf"),
        RejectReason.ENCRYPTED,
        "EncryptedDocumentException",
        "password protected",
        date);
  }

  static WriteSettings settings(String runId) {
    return WriteSettings.builder(runId, "0.1.0-test", CLOCK).build();
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  /** An article with every optional field empty unless set. */
  static final class ArticleBuilder {
    private final String path;
    private int member;
    private String language = "en";
    private LocalDate date = DAY;
    private Optional<PublicationDate> published = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Optional<String> charset = Optional.empty();
    private Optional<String> publisher = Optional.empty();
    private Optional<String> url = Optional.empty();
    private List<String> authors = List.of();
    private String text;

    private ArticleBuilder(String path) {
      this.path = path;
      this.text = "Text of " + path;
    }

    ArticleBuilder member(int value) {
      member = value;
      return this;
    }

    ArticleBuilder language(String value) {
      language = value;
      return this;
    }

    ArticleBuilder date(LocalDate value) {
      date = value;
      return this;
    }

    ArticleBuilder published(String instant) {
      published = Optional.of(new PublicationDate(Instant.parse(instant), "json-ld"));
      return this;
    }

    ArticleBuilder title(String value) {
      title = Optional.of(value);
      return this;
    }

    ArticleBuilder text(String value) {
      text = value;
      return this;
    }

    ArticleBuilder authors(String... values) {
      authors = List.of(values);
      return this;
    }

    ArticleBuilder everything() {
      charset = Optional.of("UTF-8");
      publisher = Optional.of("Example Times");
      url = Optional.of("https://example.com/" + path);
      return this;
    }

    Article build() {
      DocumentRef ref = new DocumentRef(path, member);
      return new Article(
          ArticleId.of(ref),
          ref,
          "file:/in/" + path,
          "text/html",
          charset,
          title,
          authors,
          publisher,
          url,
          published,
          language,
          0.97,
          text,
          text.split("\\s+").length,
          sha256(text),
          date);
    }
  }
}
