package io.newsetl.jobs;

import io.newsetl.article.ProcessedFile;
import io.newsetl.article.SourceFile;
import io.newsetl.pipeline.FilePipeline;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs one input file through the pipeline; never returns null and never throws for content. */
class ArticleItemProcessor implements ItemProcessor<SourceFile, ProcessedFile> {

  private final FilePipeline pipeline;

  ArticleItemProcessor(FilePipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public ProcessedFile process(SourceFile file) {
    return pipeline.process(file);
  }
}
