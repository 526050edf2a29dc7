package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command with credentials in an {@code s3a:} output URI, in settings and in an unknown option:
 * its log, stack traces and messages show them masked, never in clear.
 */
class SecretRedactionFunctionalTests {

  private static final String KEY_SECRET = "wJalrXUtnFEMIK7MDENGbPxRfiCY";
  private static final String DB_PASSWORD = "db-pw-4d9e1b";

  @TempDir Path home;

  @Test
  void credentialsInAFailingRunAreMasked() {
    ArchiveFixture.Result run =
        ArchiveFixture.execute(
            "ingest",
            "--input",
            "sample-input/inbox",
            "--output",
            "s3a://AKIAIOSFODNN7EXAMPLE:" + KEY_SECRET + "@bucket/news?password=hunter2",
            "--news-etl.home=" + home,
            "--spring.datasource.password=" + DB_PASSWORD,
            "--logging.level.org.springframework.batch=INFO");

    assertThat(run.status()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.out())
        .contains("S3AFileSystem")
        .doesNotContain(KEY_SECRET, "hunter2", DB_PASSWORD);
  }

  @Test
  void anUnknownOptionWithASecretIsEchoedMasked() {
    ArchiveFixture.Result run =
        ArchiveFixture.execute(
            "ingest", "--input", "in", "--output", "out", "--fs.s3a.secret.key=otherSecret99");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).contains("fs.s3a.secret.key=***").doesNotContain("otherSecret99");
  }
}
