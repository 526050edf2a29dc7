package io.newsetl.jobs;

import io.newsetl.article.ProcessedFile;
import io.newsetl.article.SourceFile;
import io.newsetl.pipeline.FilePipeline;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs one input file through the pipeline; never returns null and never throws for content. */
class ArticleItemProcessor implements ItemProcessor<SourceFile, ProcessedFile> {

  private final FilePipeline pipeline;
  private final PausePoints pauses;
  private final FirstArticleClock firstArticle;

  ArticleItemProcessor(FilePipeline pipeline, PausePoints pauses, FirstArticleClock firstArticle) {
    this.pipeline = pipeline;
    this.pauses = pauses;
    this.firstArticle = firstArticle;
  }

  @Override
  public ProcessedFile process(SourceFile file) {
    pauses.reached("parse:" + file.index());
    ProcessedFile processed = pipeline.process(file);
    firstArticle.articlesProduced(processed.articles().size());
    return processed;
  }
}
