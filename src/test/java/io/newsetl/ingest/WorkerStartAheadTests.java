package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Starting a parse worker ahead of the first document, when the planned files' names call for it.
 */
class WorkerStartAheadTests {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static DocumentParser parser(ParseIsolation isolation) {
    return new DocumentParser(
        IngestProperties.defaults(),
        isolation,
        new WorkerCommand(MisbehavingParseWorker.class.getName()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "story.pdf, true",
    "report.docx, true",
    "brief.rtf, true",
    "press-release.eml, true",
    "STORY.PDF, true",
    "story.pdf.gz, true",
    "story.txt, false",
    "story.txt.gz, false",
    "page.html, false",
    "bundle.zip, false",
    "crawl.warc.gz, false",
    "no-extension, false",
  })
  void theNameSaysWhetherAWorkerWillParseTheFile(String name, boolean isolated) {
    try (DocumentParser parser = parser(ParseIsolation.process(TIMEOUT, "96m", 1))) {
      assertThat(parser.isolatedByName(name)).isEqualTo(isolated);
    }
  }

  @Test
  void whenEveryFormatIsIsolatedAnyNameNeedsAWorker() {
    try (DocumentParser parser = parser(ParseIsolation.processAll(TIMEOUT, "96m", 1))) {
      assertThat(parser.isolatedByName("story.txt")).isTrue();
    }
  }

  @Test
  void theFirstDocumentUsesTheWorkerStartedAhead() throws InterruptedException {
    try (DocumentParser parser = parser(ParseIsolation.processAll(TIMEOUT, "96m", 1))) {
      parser.startWorkersFor(List.of("first.txt"));
      parser.startWorkersFor(List.of("first.txt"));
      awaitWorkerStarted(parser);

      ParseOutcome outcome =
          parser.parse(
              ParseWorkerPoolTests.raw(
                  "first.txt",
                  "Talks resumed in Geneva on Monday.".getBytes(StandardCharsets.UTF_8)));

      assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
      assertThat(parser.workersStarted()).isEqualTo(1);
    }
  }

  private static void awaitWorkerStarted(DocumentParser parser) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (parser.workersStarted() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(parser.workersStarted()).as("workers started before any document").isEqualTo(1);
  }

  @Test
  void withoutIsolationNoWorkerStarts() {
    try (DocumentParser parser = parser(ParseIsolation.none())) {
      parser.startWorkersFor(List.of("story.pdf"));

      assertThat(parser.workersStarted()).isZero();
    }
  }
}
