package io.newsetl.cli;

import io.newsetl.clean.LanguageDetector;
import io.newsetl.enrich.entities.EntityExtractor;
import io.newsetl.enrich.entities.tagger.BundledNameTaggers;
import io.newsetl.evaluate.CensusTexts;
import io.newsetl.evaluate.LinkCensus;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code news-etl evaluate links <texts>}: what entity extraction links in unannotated texts. */
@Command(
    name = "links",
    mixinStandardHelpOptions = true,
    description = {
      "Surveys entity extraction and linking on texts without gold data.",
      "Runs entity extraction (tagger and knowledge base, as the job does) "
          + "and prints how many mentions it finds and links, the entities linked "
          + "most often and a seeded random sample of linked mentions in context, "
          + "to check by hand. Input: a folder of .txt files, a .txt file, a "
          + ".tar.gz of .txt files (BBC News) or a .zip or .json of JSON article "
          + "arrays (SaudiNewsNet)."
    })
final class EvaluateLinksCommand implements Callable<Integer> {

  @Parameters(paramLabel = "<texts>", description = "Folder, .txt, .tar.gz, .zip or .json.")
  Path input;

  @Option(
      names = "--lang",
      description = "Language of every text (ISO 639-1); default: detected per text.")
  String language;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Read only the first N texts (default: 0, all of them).")
  int limit;

  @Option(names = "--top", defaultValue = "20", description = "Entities to list (default: 20).")
  int top;

  @Option(
      names = "--sample",
      defaultValue = "30",
      description = "Linked mentions to draw for checking by hand (default: 30).")
  int sample;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the sample (default: 1).")
  long seed;

  @Option(
      names = "--mentions",
      description = "Also write every mention to this tab-separated file (to compare builds).")
  Path mentionsFile;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    List<CensusTexts.Text> texts = CensusTexts.read(input, limit);
    EntityExtractor extractor = EntityExtractor.withBundledKnowledgeBase(new BundledNameTaggers());
    UnaryOperator<String> languageOf = languageOf();
    LinkCensus census =
        LinkCensus.of(texts, t -> extractor.extract(t.text(), languageOf.apply(t.text())));
    System.out.print(census.summary(top, sample, seed));
    if (mentionsFile != null) {
      try (BufferedWriter out = Files.newBufferedWriter(mentionsFile, StandardCharsets.UTF_8)) {
        census.writeMentions(out);
      }
      System.out.println("mentions written to " + mentionsFile);
    }
    System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  private UnaryOperator<String> languageOf() {
    if (language != null) {
      return text -> language;
    }
    LanguageDetector detector = new LanguageDetector();
    return text -> detector.detect(text).language();
  }
}
