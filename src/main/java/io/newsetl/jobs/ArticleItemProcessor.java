package io.newsetl.jobs;

import io.newsetl.article.ProcessedFile;
import io.newsetl.article.SourceFile;
import io.newsetl.pipeline.FilePipeline;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs one input file through the pipeline; never returns null and never throws for content. */
class ArticleItemProcessor implements ItemProcessor<SourceFile, ProcessedFile> {

  private final FilePipeline pipeline;
  private final PausePoints pauses;

  ArticleItemProcessor(FilePipeline pipeline, PausePoints pauses) {
    this.pipeline = pipeline;
    this.pauses = pauses;
  }

  @Override
  public ProcessedFile process(SourceFile file) {
    pauses.reached("parse:" + file.index());
    return pipeline.process(file);
  }
}
