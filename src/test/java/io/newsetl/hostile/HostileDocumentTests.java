package io.newsetl.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import io.newsetl.clean.LanguageDetector;
import io.newsetl.clean.TextNormalizer;
import io.newsetl.clean.WordCounter;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.IngestProperties;
import io.newsetl.ingest.ParseOutcome;
import io.newsetl.pipeline.ArticleAssembler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single hostile documents through the parser in this JVM: each one is an article or a reject. */
class HostileDocumentTests {

  private static final DocumentParser PARSER = new DocumentParser(IngestProperties.defaults());

  @Test
  void encryptedPdfAndPasswordDocxAreEncrypted() throws IOException {
    assertThat(reason("secret.pdf", OfficeFixtures.encryptedPdf("The minister resigned.")))
        .isEqualTo(RejectReason.ENCRYPTED);
    assertThat(reason("secret.docx", OfficeFixtures.passwordDocx()))
        .isEqualTo(RejectReason.ENCRYPTED);
  }

  @Test
  void aScannedPdfHasNoText() throws IOException {
    assertThat(reason("scan.pdf", OfficeFixtures.imageOnlyPdf())).isEqualTo(RejectReason.NO_TEXT);
  }

  @Test
  void aTextPdfParses() throws IOException {
    ParseOutcome outcome =
        parse("budget.pdf", OfficeFixtures.textPdf("Parliament approved the budget on Thursday."));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ParseOutcome.Parsed.class,
            parsed ->
                assertThat(String.join(" ", parsed.document().blocks()))
                    .contains("Parliament approved the budget"));
  }

  @Test
  void entityExpansionIsUnsafe() {
    assertThat(reason("lol.xml", HostileCorpus.billionLaughs().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(RejectReason.UNSAFE);
  }

  @Test
  void anExternalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), HostileCorpus.SECRET);
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY leak SYSTEM \""
            + secret.toUri()
            + "\">]>\n<s><p>Report: &leak; was disclosed.</p></s>";

    ParseOutcome outcome = parse("xxe.xml", xml.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.toString()).doesNotContain(HostileCorpus.SECRET);
  }

  @Test
  void tooManyAttachmentsAreTooLarge() {
    byte[] mail = HostileCorpus.manyAttachments(20).getBytes(StandardCharsets.UTF_8);
    DocumentParser strict =
        new DocumentParser(new IngestProperties(1 << 20, 100_000, 100, 1 << 20, 10, 5));

    ParseOutcome outcome = strict.parse(raw("mail.eml", mail));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ParseOutcome.Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(RejectReason.TOO_LARGE);
              assertThat(failed.message()).isEqualTo("more than 10 embedded documents");
            });
    assertThat(PARSER.parse(raw("mail.eml", mail))).isInstanceOf(ParseOutcome.Parsed.class);
  }

  @Test
  void archivesNestedTooDeepAreUnsafe() throws IOException {
    byte[] nested = "The innermost story.".getBytes(StandardCharsets.UTF_8);
    for (int level = 8; level >= 1; level--) {
      nested =
          HostileCorpus.zip(level == 8 ? "story.txt" : "level-" + (level + 1) + ".zip", nested);
    }

    ParseOutcome outcome = parse("level-1.zip", nested);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ParseOutcome.Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(RejectReason.UNSAFE);
              assertThat(failed.message()).contains("nested deeper than 5");
            });
  }

  @Test
  void deeplyNestedHtmlEndsAsAnArticleOrAReject() {
    String html =
        "<html><body>"
            + "<div>".repeat(20_000)
            + "<p>The deepest paragraph reports rain.</p>"
            + "</div>".repeat(20_000)
            + "</body></html>";

    ParseOutcome outcome = parse("deep.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome).isInstanceOfAny(ParseOutcome.Parsed.class, ParseOutcome.Failed.class);
  }

  @Test
  void aLongTextIsCleanedAndIdentified() {
    String text = "The committee met again on Monday to discuss the harvest. ".repeat(45_000);
    ParseOutcome outcome = parse("long.txt", text.getBytes(StandardCharsets.UTF_8));
    ArticleAssembler assembler =
        new ArticleAssembler(new TextNormalizer(), new LanguageDetector(), new WordCounter());

    var parsed = ((ParseOutcome.Parsed) outcome).document();

    assertThat(assembler.clean(parsed))
        .hasValueSatisfying(cleaned -> assertThat(cleaned.language().language()).isEqualTo("en"));
  }

  private static RejectReason reason(String name, byte[] content) {
    ParseOutcome outcome = parse(name, content);
    assertThat(outcome).as(name).isInstanceOf(ParseOutcome.Failed.class);
    return ((ParseOutcome.Failed) outcome).reason();
  }

  private static ParseOutcome parse(String name, byte[] content) {
    return PARSER.parse(raw(name, content));
  }

  private static RawDocument raw(String name, byte[] content) {
    SourceFile file =
        new SourceFile(
            0, "file:/in/" + name, name, content.length, Instant.EPOCH, Optional.empty());
    return new RawDocument(file, 0, name, Optional.empty(), content);
  }
}
