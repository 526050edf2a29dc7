package io.newsetl.evaluate;

import io.newsetl.enrich.entities.EntityExtractor;
import io.newsetl.enrich.entities.NameTagger;
import io.newsetl.enrich.entities.NameTaggers;
import io.newsetl.enrich.entities.kb.KnowledgeBase;
import io.newsetl.enrich.entities.tagger.BundledNameTaggers;
import io.newsetl.enrich.quotes.QuoteExtractor;
import io.newsetl.enrich.sources.SourceExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Measures the source, quote and entity extractors (and the entity extractor without a tagger) in
 * articles per second per core, on texts of about 3 KB: Reuters-21578 stories joined into 3 KB
 * articles (English) and the Arabic seed article cut to 3 KB. Time is the measuring thread's CPU
 * time, so other load on the machine does not count.
 *
 * <p>Given a corpus folder as well, it also measures the statistical name tagger alone on the first
 * {@value #CORPUS_ARTICLES} English and Arabic {@code .txt} files of the corpus (in path order; the
 * language of a file is the script of most of its letters).
 *
 * <p>Usage: {@code java -cp target/classes io.newsetl.evaluate.EnrichmentBenchmark
 * ../shared/datasets/reuters21578 ../shared/seed/000_2974fc50fc4f2d80.txt [corpus folder]}
 */
public final class EnrichmentBenchmark {

  /** Target article size in characters. */
  static final int ARTICLE_SIZE = 3000;

  /** Articles per language taken from a corpus folder for the tagger measurement. */
  static final int CORPUS_ARTICLES = 2000;

  private static final int WARM_UP_ROUNDS = 2;

  private EnrichmentBenchmark() {}

  /**
   * One measurement.
   *
   * @param label what was measured
   * @param articles articles processed in the measured rounds
   * @param characters characters processed in the measured rounds
   * @param cpuNanos CPU time of the measuring thread
   */
  public record Measurement(String label, long articles, long characters, long cpuNanos) {

    public double articlesPerSecond() {
      return cpuNanos == 0 ? 0 : articles * 1e9 / cpuNanos;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-28s %8.0f articles/s/core  %6.2f M chars/s  (%d articles, %d ms CPU)",
          label,
          articlesPerSecond(),
          characters * 1e3 / cpuNanos,
          articles,
          cpuNanos / 1_000_000);
    }
  }

  /** Runs {@code work} over the texts, warm-up rounds first, and measures {@code rounds} more. */
  public static Measurement measure(
      String label, List<String> texts, int rounds, Consumer<String> work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < WARM_UP_ROUNDS; r++) {
      texts.forEach(work);
    }
    long characters = texts.stream().mapToLong(String::length).sum() * rounds;
    long start = threads.getCurrentThreadCpuTime();
    for (int r = 0; r < rounds; r++) {
      texts.forEach(work);
    }
    long cpu = threads.getCurrentThreadCpuTime() - start;
    return new Measurement(label, (long) texts.size() * rounds, characters, cpu);
  }

  /** Joins consecutive texts (separated by a blank line) into articles of about 3 KB. */
  public static List<String> articlesOf(List<String> texts) {
    List<String> articles = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String text : texts) {
      if (current.length() > 0) {
        current.append("\n\n");
      }
      current.append(text.strip());
      if (current.length() >= ARTICLE_SIZE) {
        articles.add(current.toString());
        current.setLength(0);
      }
    }
    return articles;
  }

  /** The text cut at the last line break before 3 KB. */
  static String cut(String text) {
    if (text.length() <= ARTICLE_SIZE) {
      return text;
    }
    int end = text.lastIndexOf('\n', ARTICLE_SIZE);
    return text.substring(0, end > 0 ? end : ARTICLE_SIZE);
  }

  public static void main(String[] args) throws IOException {
    Path reuters = Path.of(args.length > 0 ? args[0] : "../shared/datasets/reuters21578");
    Path seed = Path.of(args.length > 1 ? args[1] : "../shared/seed/000_2974fc50fc4f2d80.txt");
    SourceExtractor sources = SourceExtractor.withBundledCatalog();
    QuoteExtractor quotes = new QuoteExtractor();
    KnowledgeBase knowledgeBase = loadKnowledgeBase();
    EntityExtractor entities = new EntityExtractor(knowledgeBase, new BundledNameTaggers());
    List<String> stories = new ArrayList<>();
    for (Path file : ReutersSgml.files(reuters)) {
      ReutersSgml.read(file).forEach(story -> stories.add(story.text()));
    }
    List<String> english = articlesOf(stories);
    List<String> arabic =
        java.util.Collections.nCopies(2000, cut(Files.readString(seed, StandardCharsets.UTF_8)));
    report(english, "en", 3, sources, quotes);
    report(arabic, "ar", 10, sources, quotes);
    System.out.println(measure("entities [en]", english, 3, t -> entities.extract(t, "en")));
    System.out.println(measure("entities [ar]", arabic, 10, t -> entities.extract(t, "ar")));
    EntityExtractor knowledgeBaseOnly = new EntityExtractor(knowledgeBase, NameTaggers.none());
    System.out.println(
        measure("knowledge base only [en]", english, 3, t -> knowledgeBaseOnly.extract(t, "en")));
    System.out.println(
        measure("knowledge base only [ar]", arabic, 10, t -> knowledgeBaseOnly.extract(t, "ar")));
    if (args.length > 2) {
      measureTaggers(Path.of(args[2])).forEach(System.out::println);
    }
  }

  /**
   * The statistical name tagger alone (tokenizing, features, labels and confidences) on the first
   * {@value #CORPUS_ARTICLES} English and the first {@value #CORPUS_ARTICLES} Arabic {@code .txt}
   * files of {@code corpus}, three rounds each.
   */
  public static List<Measurement> measureTaggers(Path corpus) throws IOException {
    BundledNameTaggers taggers = new BundledNameTaggers();
    List<Measurement> out = new ArrayList<>();
    for (String language : List.of("en", "ar")) {
      NameTagger tagger = taggers.forLanguage(language).orElseThrow();
      List<String> texts = corpusTexts(corpus, language);
      out.add(measure("tagger [" + language + "]", texts, 3, tagger::tag));
    }
    return out;
  }

  /** The first {@value #CORPUS_ARTICLES} {@code .txt} files of {@code language} in the corpus. */
  static List<String> corpusTexts(Path corpus, String language) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (languageOf(text).equals(language)) {
        texts.add(text);
      }
      if (texts.size() == CORPUS_ARTICLES) {
        break;
      }
    }
    return texts;
  }

  /** {@code ar} when most letters of the text are Arabic, else {@code en}. */
  static String languageOf(String text) {
    long letters = text.chars().filter(Character::isLetter).count();
    long arabic =
        text.chars()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
            .count();
    return arabic * 2 > letters ? "ar" : "en";
  }

  /** Loads the bundled knowledge base, printing its size, load time and the heap it takes. */
  private static KnowledgeBase loadKnowledgeBase() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.bundled();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    long heap = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
    System.out.printf(
        Locale.ROOT,
        "knowledge base %s: %d entities, %d aliases, loaded in %d ms, %.1f MB heap%n",
        kb.version(),
        kb.entities().size(),
        kb.aliases().size(),
        millis,
        heap / 1e6);
    System.out.println(
        "  entities by type " + kb.countByType() + ", aliases by language " + kb.countByLanguage());
    return kb;
  }

  private static void report(
      List<String> texts,
      String language,
      int rounds,
      SourceExtractor sources,
      QuoteExtractor quotes) {
    System.out.println(
        measure(
            "sources [" + language + "]",
            texts,
            rounds,
            t -> sources.extract(t, language, Optional.empty())));
    System.out.println(
        measure("quotes [" + language + "]", texts, rounds, t -> quotes.extract(t, language)));
    System.out.println(
        measure(
            "sources + quotes [" + language + "]",
            texts,
            rounds,
            t -> {
              sources.extract(t, language, Optional.empty());
              quotes.extract(t, language);
            }));
  }
}
