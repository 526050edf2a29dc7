package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command with credentials in an {@code s3a:} output URI, in settings and in an unknown
 * option: its log, stack traces and messages show them masked, never in clear.
 */
class SecretRedactionFunctionalTests {

  private static final String KEY_SECRET = "wJalrXUtnFEMIK7MDENGbPxRfiCY";
  private static final String DB_PASSWORD = "db-pw-4d9e1b";

  @TempDir
  Path home;

  @Test
  void credentialsInAFailingRunAreMasked() {
    Captured run = capture(() -> NewsEtl.execute("ingest", "--input", "sample-input/inbox",
        "--output", "s3a://AKIAIOSFODNN7EXAMPLE:" + KEY_SECRET + "@bucket/news?password=hunter2",
        "--news-etl.home=" + home, "--spring.datasource.password=" + DB_PASSWORD,
        "--logging.level.org.springframework.batch=INFO"));

    assertThat(run.status()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.text()).contains("S3AFileSystem").doesNotContain(KEY_SECRET, "hunter2", DB_PASSWORD);
  }

  @Test
  void anUnknownOptionWithASecretIsEchoedMasked() {
    Captured run = capture(() -> NewsEtl.execute("ingest", "--input", "in", "--output", "out",
        "--fs.s3a.secret.key=otherSecret99"));

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.text()).contains("fs.s3a.secret.key=***").doesNotContain("otherSecret99");
  }

  private static Captured capture(java.util.function.IntSupplier command) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      int status = command.getAsInt();
      return new Captured(status, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private record Captured(int status, String text) {}
}
