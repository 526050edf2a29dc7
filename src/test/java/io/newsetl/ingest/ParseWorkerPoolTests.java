package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worker pool against a worker that hangs, crashes or runs out of memory on request: each costs
 * one document and one worker, and the next document is parsed by a fresh worker.
 */
class ParseWorkerPoolTests {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static DocumentParser parser;

  @BeforeAll
  static void startPool() {
    parser =
        new DocumentParser(
            IngestProperties.defaults(),
            ParseIsolation.processAll(TIMEOUT, "96m", 1),
            new WorkerCommand(MisbehavingParseWorker.class.getName()));
  }

  @AfterAll
  static void stopPool() {
    parser.close();
  }

  @Test
  void parsesInAWorkerAndReusesIt() {
    ParseOutcome first = parser.parse(text("first.txt", "Talks resumed in Geneva on Monday."));
    ParseOutcome second = parser.parse(text("second.txt", "Markets closed higher in Tokyo."));

    assertThat(first)
        .isInstanceOfSatisfying(
            ParseOutcome.Parsed.class,
            parsed -> assertThat(String.join(" ", parsed.document().blocks())).contains("Geneva"));
    assertThat(second).isInstanceOf(ParseOutcome.Parsed.class);
    assertThat(((ParseOutcome.Parsed) second).document().ref().relativePath())
        .isEqualTo("second.txt");
  }

  @Test
  void byDefaultPlainTextStaysInTheJobsJvm() {
    try (DocumentParser textHere =
        new DocumentParser(
            IngestProperties.defaults(),
            ParseIsolation.process(TIMEOUT, "96m", 1),
            new WorkerCommand(MisbehavingParseWorker.class.getName()))) {
      // the misbehaving worker would hang on this name: parsed here, it is an ordinary text
      ParseOutcome outcome =
          textHere.parse(text("story.hang", "Talks resumed in Geneva on Monday."));

      assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    }
  }

  @Test
  void aHangingParserIsStoppedAtTheTimeout() {
    long started = System.nanoTime();
    ParseOutcome outcome = parser.parse(text("story.hang", "never ends"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ParseOutcome.Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(RejectReason.TIMEOUT);
              assertThat(failed.message()).contains("3000 ms");
            });
    assertThat(took).isLessThan(TIMEOUT.plusSeconds(10));
    assertThat(parser.parse(text("after.txt", "The next story parses.")))
        .isInstanceOf(ParseOutcome.Parsed.class);
  }

  @Test
  void aCrashedParserCostsOneDocument() {
    ParseOutcome outcome = parser.parse(text("story.crash", "crashes"));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ParseOutcome.Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(RejectReason.MALFORMED);
              assertThat(failed.message()).contains("parser process died");
              assertThat(failed.mediaType()).hasValue("text/plain");
            });
    assertThat(parser.parse(text("after.txt", "The next story parses.")))
        .isInstanceOf(ParseOutcome.Parsed.class);
  }

  @Test
  void aParserOutOfMemoryCostsOneDocument() {
    ParseOutcome outcome = parser.parse(text("story.oom", "fills the heap"));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ParseOutcome.Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(RejectReason.TOO_LARGE);
              assertThat(failed.errorClass()).isEqualTo("WorkerOutOfMemory");
            });
    assertThat(parser.parse(text("after.txt", "The next story parses.")))
        .isInstanceOf(ParseOutcome.Parsed.class);
  }

  @Test
  void failuresFoundInTheWorkerComeBackAsRejects() {
    byte[] truncatedPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);

    ParseOutcome outcome = parser.parse(raw("cut.pdf", truncatedPdf));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ParseOutcome.Failed.class,
            failed ->
                assertThat(failed.reason()).isIn(RejectReason.MALFORMED, RejectReason.NO_TEXT));
  }

  private static RawDocument text(String name, String content) {
    return raw(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static RawDocument raw(String name, byte[] content) {
    SourceFile file =
        new SourceFile(
            0, "file:/in/" + name, name, content.length, Instant.EPOCH, Optional.empty());
    return new RawDocument(file, 0, name, Optional.empty(), content);
  }
}
