package io.newsetl.jobs;

import io.newsetl.article.ProcessedFile;
import io.newsetl.article.SourceFile;
import io.newsetl.clean.LanguageDetector;
import io.newsetl.clean.TextNormalizer;
import io.newsetl.clean.WordCounter;
import io.newsetl.enrich.entities.EntityExtractor;
import io.newsetl.enrich.entities.NameTaggers;
import io.newsetl.enrich.entities.tagger.BundledNameTaggers;
import io.newsetl.enrich.entities.tagger.ModelFileNameTaggers;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.InputLister;
import io.newsetl.ingest.ManifestStore;
import io.newsetl.pipeline.ArticleAssembler;
import io.newsetl.pipeline.ArticleEnricher;
import io.newsetl.write.parquet.DatasetCommitter;
import io.newsetl.write.parquet.StagingWriter;
import io.newsetl.write.parquet.WriteSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/** The ingest job: plan (list inputs), process (parse, clean, stage), commit (publish). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestSettings.class)
class IngestJobConfiguration {

  @Bean
  Job ingestJob(
      JobRepository repository,
      Step planStep,
      Step processStep,
      Step commitStep,
      RunSummaryListener summaryListener) {
    return new JobBuilder(IngestJob.NAME, repository)
        .start(planStep)
        .next(processStep)
        .next(commitStep)
        .listener(summaryListener)
        .build();
  }

  @Bean
  Step planStep(
      JobRepository repository, PlatformTransactionManager transactions, PlanTasklet planTasklet) {
    return new StepBuilder(IngestJob.PLAN_STEP, repository)
        .tasklet(planTasklet, transactions)
        .build();
  }

  @Bean
  Step processStep(
      JobRepository repository,
      PlatformTransactionManager transactions,
      ManifestItemReader manifestReader,
      ArticleItemProcessor articleProcessor,
      StagingItemWriter stagingWriter,
      IngestSettings settings,
      ThreadPoolTaskExecutor parseWorkers,
      ProgressListener progress) {
    return new StepBuilder(IngestJob.PROCESS_STEP, repository)
        .<SourceFile, ProcessedFile>chunk(settings.chunkSize())
        .transactionManager(transactions)
        .reader(manifestReader)
        .processor(articleProcessor)
        .writer(stagingWriter)
        .listener(stagingWriter)
        .listener(progress)
        .taskExecutor(parseWorkers)
        .build();
  }

  /**
   * The threads that process files: a fixed pool, because the step hands every item to the executor
   * and a new thread per file costs more than a small file's parsing.
   */
  @Bean
  ThreadPoolTaskExecutor parseWorkers(IngestSettings settings) {
    ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
    workers.setCorePoolSize(settings.effectiveThreads());
    workers.setMaxPoolSize(settings.effectiveThreads());
    workers.setThreadNamePrefix("parse-");
    workers.setDaemon(true);
    return workers;
  }

  @Bean
  Step commitStep(
      JobRepository repository,
      PlatformTransactionManager transactions,
      CommitTasklet commitTasklet) {
    return new StepBuilder(IngestJob.COMMIT_STEP, repository)
        .tasklet(commitTasklet, transactions)
        .build();
  }

  @Bean
  @JobScope
  PlanTasklet planTasklet(
      @Value("#{jobParameters['" + IngestJob.INPUT + "']}") String input,
      @Value("#{jobParameters['" + IngestJob.OUTPUT + "']}") String output,
      @Value("#{jobParameters['" + IngestJob.RUN + "']}") String run,
      @Value("#{jobParameters['" + IngestJob.DATE + "']}") String date,
      @Value("#{jobParameters['" + IngestJob.LISTING + "']}") String listing,
      DocumentParser parser) {
    return new PlanTasklet(
        new InputLister(),
        new ManifestStore(),
        input,
        IngestJob.manifestOf(output, run),
        targetDate(date),
        Optional.ofNullable(listing),
        files -> parser.startWorkersFor(files.stream().map(SourceFile::fileName).toList()));
  }

  @Bean
  @StepScope
  ManifestItemReader manifestReader(
      @Value("#{jobParameters['" + IngestJob.OUTPUT + "']}") String output,
      @Value("#{jobParameters['" + IngestJob.RUN + "']}") String run) {
    return new ManifestItemReader(new ManifestStore(), IngestJob.manifestOf(output, run));
  }

  @Bean
  @StepScope
  ArticleItemProcessor articleProcessor(
      PipelineFactory pipelines,
      PausePoints pauses,
      FirstArticleClock firstArticle,
      @Value("#{jobParameters['" + IngestJob.DATE + "']}") String date) {
    return new ArticleItemProcessor(pipelines.pipeline(targetDate(date)), pauses, firstArticle);
  }

  /**
   * The pipeline's shared resources, unless the command line registered them, loading since it
   * started.
   */
  @Bean
  @ConditionalOnMissingBean
  PipelineResources pipelineResources() {
    return PipelineResources.startLoading();
  }

  // Lazy, as the parser and the enricher it needs: they wait for resources still loading.
  @Bean
  @Lazy
  PipelineFactory pipelineFactory(
      IngestSettings settings,
      DocumentParser parser,
      ArticleAssembler assembler,
      ArticleEnricher enricher) {
    return new PipelineFactory(settings.ingestLimits(), parser, assembler, enricher);
  }

  @Bean
  @StepScope
  StagingItemWriter stagingWriter(
      WriteSettingsFactory writeSettings,
      PausePoints pauses,
      @Value("#{jobParameters['" + IngestJob.OUTPUT + "']}") String output,
      @Value("#{jobParameters['" + IngestJob.RUN + "']}") String run)
      throws IOException {
    return new StagingItemWriter(new StagingWriter(output, run, writeSettings.forRun(run)), pauses);
  }

  @Bean
  @JobScope
  CommitTasklet commitTasklet(
      WriteSettingsFactory writeSettings,
      JobRepository repository,
      PausePoints pauses,
      @Value("#{jobParameters['" + IngestJob.OUTPUT + "']}") String output,
      @Value("#{jobParameters['" + IngestJob.RUN + "']}") String run,
      @Value("#{jobParameters['" + IngestJob.MAX_REJECTS + "'] ?: -1}") long maxRejects,
      @Value("#{jobParameters['" + IngestJob.DATE + "']}") String date)
      throws IOException {
    String manifest = IngestJob.manifestOf(output, run);
    DatasetCommitter committer =
        new DatasetCommitter(
            output, run, writeSettings.forRun(run), step -> pauses.reached("commit:" + step));
    return new CommitTasklet(
        committer,
        repository,
        maxRejects,
        () -> PlannedDates.toReplace(targetDate(date), new ManifestStore(), manifest));
  }

  @Bean
  PausePoints pausePoints(@Value("${news-etl.pause-at:}") String pauseAt) {
    return new PausePoints(pauseAt, System.out);
  }

  @Bean
  ArticleAssembler articleAssembler() {
    return new ArticleAssembler(new TextNormalizer(), new LanguageDetector(), new WordCounter());
  }

  /**
   * The statistical name taggers entity enrichment uses, by language: the shipped models, each
   * replaced by the model file {@code news-etl.enrich.ner-model.<language>} names, if any.
   */
  @Bean
  @Lazy
  NameTaggers nameTaggers(Environment environment) {
    Map<String, Path> files = new TreeMap<>();
    Binder.get(environment)
        .bind("news-etl.enrich.ner-model", Bindable.mapOf(String.class, String.class))
        .orElse(Map.of())
        .forEach((language, file) -> files.put(language, Path.of(file)));
    return files.isEmpty()
        ? new BundledNameTaggers()
        : new ModelFileNameTaggers(files, new BundledNameTaggers());
  }

  @Bean
  @Lazy
  ArticleEnricher articleEnricher(
      @Value("${news-etl.enrich.temporal:true}") boolean temporal,
      @Value("${news-etl.enrich.sources:true}") boolean sources,
      @Value("${news-etl.enrich.quotes:true}") boolean quotes,
      @Value("${news-etl.enrich.entities:true}") boolean entities,
      NameTaggers nameTaggers,
      PipelineResources resources) {
    return new ArticleEnricher(
        temporal ? Optional.of(resources.temporalExtractor()) : Optional.empty(),
        sources ? Optional.of(resources.sourceExtractor()) : Optional.empty(),
        quotes ? Optional.of(resources.quoteExtractor()) : Optional.empty(),
        entities
            ? Optional.of(new EntityExtractor(resources.knowledgeBase(), nameTaggers))
            : Optional.empty());
  }

  @Bean
  @Lazy
  DocumentParser documentParser(IngestSettings settings, PipelineResources resources) {
    return new DocumentParser(
        settings.ingestLimits(), settings.parseIsolation(), resources.parserConfiguration());
  }

  @Bean
  WriteSettingsFactory writeSettingsFactory(
      IngestSettings settings, @Value("${news-etl.version:dev}") String version) {
    return run ->
        WriteSettings.builder(run, version, Clock.systemUTC())
            .targetFileSize(settings.targetFileBytes())
            .build();
  }

  static Optional<LocalDate> targetDate(String date) {
    return date == null || IngestJob.ALL_DATES.equals(date)
        ? Optional.empty()
        : Optional.of(LocalDate.parse(date));
  }

  /** Write settings of one run. */
  @FunctionalInterface
  interface WriteSettingsFactory {
    WriteSettings forRun(String run);
  }
}
