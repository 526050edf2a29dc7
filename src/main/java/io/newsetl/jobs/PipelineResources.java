package io.newsetl.jobs;

import io.newsetl.enrich.dates.TemporalExtractor;
import io.newsetl.enrich.entities.kb.KnowledgeBase;
import io.newsetl.enrich.quotes.QuoteExtractor;
import io.newsetl.enrich.sources.SourceExtractor;
import io.newsetl.ingest.ParserConfiguration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The read-only resources of the ingest pipeline that take long to load: the parser configuration,
 * the knowledge base and the dictionaries of the date, source and quote extractors. {@link
 * #startLoading()} loads them on a background thread, in the order the first file needs them, so
 * that the command line can start it before the application context and the two overlap. A getter
 * waits for its resource; one that failed to load throws {@link
 * BackgroundLoad.ResourceLoadException} naming it. Thread-safe.
 */
public final class PipelineResources {

  private final BackgroundLoad<ParserConfiguration> parser;
  private final BackgroundLoad<TemporalExtractor> temporal;
  private final BackgroundLoad<SourceExtractor> sources;
  private final BackgroundLoad<QuoteExtractor> quotes;
  private final BackgroundLoad<KnowledgeBase> knowledgeBase;

  private PipelineResources(ExecutorService loader) {
    this.parser =
        BackgroundLoad.start("parser configuration", ParserConfiguration::bundled, loader);
    this.temporal = BackgroundLoad.start("date dictionaries", TemporalExtractor::new, loader);
    this.sources =
        BackgroundLoad.start("outlet catalog", SourceExtractor::withBundledCatalog, loader);
    this.quotes = BackgroundLoad.start("quote cue lexicon", QuoteExtractor::new, loader);
    this.knowledgeBase = BackgroundLoad.start("knowledge base", KnowledgeBase::bundled, loader);
    loader.shutdown();
  }

  /** Starts loading every resource on one background (daemon) thread and returns at once. */
  public static PipelineResources startLoading() {
    return new PipelineResources(
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "pipeline-resources");
              thread.setDaemon(true);
              return thread;
            }));
  }

  ParserConfiguration parserConfiguration() {
    return parser.get();
  }

  TemporalExtractor temporalExtractor() {
    return temporal.get();
  }

  SourceExtractor sourceExtractor() {
    return sources.get();
  }

  QuoteExtractor quoteExtractor() {
    return quotes.get();
  }

  KnowledgeBase knowledgeBase() {
    return knowledgeBase.get();
  }
}
