package io.newsetl.pipeline;

import io.newsetl.article.Article;
import io.newsetl.article.ArticleId;
import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.clean.LanguageDetector;
import io.newsetl.clean.LanguageGuess;
import io.newsetl.clean.TextNormalizer;
import io.newsetl.clean.WordCounter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Cleans a parsed document into an article: normalized title and text, language, word count, text
 * hash and stable id. Thread-safe.
 */
public final class ArticleAssembler {

  private final TextNormalizer normalizer;
  private final LanguageDetector languages;
  private final WordCounter words;

  public ArticleAssembler(
      TextNormalizer normalizer, LanguageDetector languages, WordCounter words) {
    this.normalizer = normalizer;
    this.languages = languages;
    this.words = words;
  }

  /**
   * The article, or empty when nothing is left of the text after normalization. The publication
   * date is the one the document's metadata gives.
   *
   * @param uri the full location of the file the document comes from
   * @param archiveDate the partition the article is filed under
   */
  public Optional<Article> assemble(ParsedDocument doc, String uri, LocalDate archiveDate) {
    return clean(doc).map(cleaned -> assemble(doc, cleaned, uri, doc.published(), archiveDate));
  }

  /** The normalized title and text and their language, or empty when no text is left. */
  public Optional<CleanedText> clean(ParsedDocument doc) {
    String text = normalizer.normalize(doc.blocks());
    if (text.isBlank()) {
      return Optional.empty();
    }
    Optional<String> title =
        doc.title().map(t -> normalizer.normalize(List.of(t))).filter(t -> !t.isBlank());
    LanguageGuess language = languages.detect(title.map(t -> t + "\n\n").orElse("") + text);
    return Optional.of(new CleanedText(title, text, language));
  }

  /**
   * The article of a cleaned document.
   *
   * @param cleaned what {@link #clean} gave for {@code doc}
   * @param uri the full location of the file the document comes from
   * @param published the publication date decided for it
   * @param archiveDate the partition the article is filed under
   */
  public Article assemble(
      ParsedDocument doc,
      CleanedText cleaned,
      String uri,
      Optional<PublicationDate> published,
      LocalDate archiveDate) {
    String text = cleaned.text();
    return new Article(
        ArticleId.of(doc.ref()),
        doc.ref(),
        uri,
        doc.mediaType(),
        doc.charset(),
        cleaned.title(),
        doc.authors(),
        doc.publisher(),
        doc.url(),
        published,
        cleaned.language().language(),
        cleaned.language().confidence(),
        text,
        words.count(text),
        sha256(text),
        archiveDate);
  }

  static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
