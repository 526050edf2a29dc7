package io.newsetl.jobs;

import io.newsetl.article.SourceFile;
import io.newsetl.ingest.ManifestStore;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the run's manifest, one input file per item. Its position is saved at every chunk commit,
 * so a restarted step continues after the last committed chunk.
 */
class ManifestItemReader implements ItemStreamReader<SourceFile> {

  private static final String POSITION = "manifest.position";

  private final ManifestStore manifests;
  private final String manifest;
  private List<SourceFile> files = List.of();
  private int position;

  ManifestItemReader(ManifestStore manifests, String manifest) {
    this.manifests = manifests;
    this.manifest = manifest;
  }

  @Override
  public void open(ExecutionContext context) {
    files = manifests.read(manifest);
    position = context.getInt(POSITION, 0);
  }

  @Override
  public synchronized SourceFile read() {
    return position < files.size() ? files.get(position++) : null;
  }

  @Override
  public synchronized void update(ExecutionContext context) {
    context.putInt(POSITION, position);
  }
}
