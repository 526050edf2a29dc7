package io.newsetl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.ProcessedFile;
import io.newsetl.article.Reject;
import io.newsetl.article.SourceFile;
import io.newsetl.clean.LanguageDetector;
import io.newsetl.clean.TextNormalizer;
import io.newsetl.clean.WordCounter;
import io.newsetl.ingest.ContainerSplitter;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.IngestProperties;
import io.newsetl.ingest.InputLister;
import io.newsetl.ingest.ParseIsolation;
import io.newsetl.ingest.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutations of every file of {@code sample-input/} (truncated, bytes flipped, spliced with another
 * file, a block repeated), made with a fixed seed and run through read, split, parse (in a worker
 * process with a timeout) and clean: each one ends as articles or rejects, never an exception and
 * never a hang. Enrichment is left out: it works on clean text, not on the raw bytes.
 */
class FuzzedSampleInputTests {

  private static final long SEED = 20230713L;
  private static final int MUTATIONS = 200;

  @TempDir Path work;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void everyMutationEndsAsArticlesOrRejects() throws IOException {
    List<Path> samples =
        new InputLister()
            .list("sample-input").stream().map(f -> Path.of(java.net.URI.create(f.uri()))).toList();
    assertThat(samples).hasSizeGreaterThan(10);
    Random random = new Random(SEED);
    Map<String, Integer> outcomes = new TreeMap<>();
    IngestProperties limits = IngestProperties.defaults();
    try (DocumentParser parser =
        new DocumentParser(limits, ParseIsolation.process(Duration.ofSeconds(10), "256m", 1))) {
      FilePipeline pipeline = pipeline(limits, parser);
      for (int i = 0; i < MUTATIONS; i++) {
        Path original = samples.get(random.nextInt(samples.size()));
        byte[] other = Files.readAllBytes(samples.get(random.nextInt(samples.size())));
        Path mutated = write(i, original, mutate(Files.readAllBytes(original), other, random));
        ProcessedFile result = pipeline.process(sourceFile(i, mutated));
        assertThat(result.articles().size() + result.rejects().size() + result.otherDate())
            .as("mutation %d of %s", i, original)
            .isPositive();
        result.rejects().stream()
            .map(Reject::reason)
            .forEach(r -> outcomes.merge(r.label(), 1, Integer::sum));
        outcomes.merge("article", result.articles().size(), Integer::sum);
      }
    }
    System.out.println("fuzzed sample-input, outcomes of " + MUTATIONS + " mutations: " + outcomes);
    assertThat(outcomes.get("article")).isPositive();
    assertThat(outcomes).containsKey("malformed");
  }

  static byte[] mutate(byte[] bytes, byte[] other, Random random) {
    if (bytes.length < 2) {
      return bytes;
    }
    return switch (random.nextInt(4)) {
      case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 1 -> flip(bytes.clone(), 1 + random.nextInt(Math.max(1, bytes.length / 50)), random);
      case 2 -> splice(bytes, other, random);
      default -> repeat(bytes, random);
    };
  }

  private static byte[] flip(byte[] bytes, int count, Random random) {
    for (int i = 0; i < count; i++) {
      bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return bytes;
  }

  private static byte[] splice(byte[] head, byte[] tail, Random random) {
    int cut = random.nextInt(head.length);
    int from = tail.length == 0 ? 0 : random.nextInt(tail.length);
    byte[] spliced = Arrays.copyOf(head, cut + tail.length - from);
    System.arraycopy(tail, from, spliced, cut, tail.length - from);
    return spliced;
  }

  private static byte[] repeat(byte[] bytes, Random random) {
    int start = random.nextInt(bytes.length);
    int length = Math.min(bytes.length - start, 1 + random.nextInt(4096));
    int times = 1 + random.nextInt(50);
    byte[] out = new byte[bytes.length + length * times];
    System.arraycopy(bytes, 0, out, 0, start + length);
    for (int t = 1; t <= times; t++) {
      System.arraycopy(bytes, start, out, start + length * t, length);
    }
    System.arraycopy(
        bytes, start + length, out, start + length * (times + 1), bytes.length - start - length);
    return out;
  }

  private Path write(int index, Path original, byte[] content) throws IOException {
    Path file = work.resolve("m" + index).resolve(original.getFileName().toString());
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private SourceFile sourceFile(int index, Path file) throws IOException {
    String relative = work.relativize(file).toString();
    return new SourceFile(
        index,
        file.toUri().toString(),
        relative,
        Files.size(file),
        Files.getLastModifiedTime(file).toInstant(),
        Optional.empty());
  }

  private static FilePipeline pipeline(IngestProperties limits, DocumentParser parser) {
    return new FilePipeline(
        new SourceReader(limits),
        new ContainerSplitter(limits),
        parser,
        new ArticleAssembler(new TextNormalizer(), new LanguageDetector(), new WordCounter()),
        new ArticleEnricher(Optional.empty(), Optional.empty(), Optional.empty()),
        new ArchiveDateRule(),
        Optional.empty());
  }
}
