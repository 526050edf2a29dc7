package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.SourceFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestStoreTests {

  @TempDir Path dir;

  @Test
  void roundTripsNamesWithTabsNewlinesQuotesAndArabic() {
    List<SourceFile> files =
        List.of(
            new SourceFile(
                0,
                "file:/in/a%09b.txt",
                "2023/07/13/a\tb\nc \"q\" \\ خبر.txt",
                42,
                Instant.ofEpochMilli(1_689_206_400_000L),
                Optional.of(LocalDate.of(2023, 7, 13))),
            new SourceFile(
                1, "s3a://bucket/inbox/x.eml", "inbox/x.eml", 7, Instant.EPOCH, Optional.empty()));
    ManifestStore store = new ManifestStore();
    String location = dir.resolve("run/manifest.tsv").toString();

    store.write(location, files);

    assertThat(store.exists(location)).isTrue();
    assertThat(store.read(location)).isEqualTo(files);
    assertThat(dir.resolve("run").toFile().list()).containsExactly("manifest.tsv");
  }
}
