package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench command on the sample archive, repeated to 40 files: every stage sees the same input.
 */
class BenchCommandIntegrationTests {

  @TempDir Path work;

  @Test
  void everyStageProcessesTheSameFilesAndTheJobWritesWhatThePipelineMakes() throws Exception {
    Path report = work.resolve("report");

    int status =
        NewsEtl.execute(
            "bench",
            "--corpus",
            "sample-input",
            "--articles",
            "40",
            "--threads",
            "2",
            "--warmup",
            "5",
            "--work",
            work.resolve("work").toString(),
            "--report",
            report.toString());

    assertThat(status).isEqualTo(ExitCodes.OK);
    JsonNode run =
        new ObjectMapper()
            .readTree(Files.readString(Path.of(report + ".json"), StandardCharsets.UTF_8));
    assertThat(run.get("inputFiles").asInt()).isEqualTo(40);
    assertThat(run.get("corpusFiles").asInt()).isEqualTo(18);
    List<String> stages = new ArrayList<>();
    run.get("stages").forEach(stage -> stages.add(stage.get("stage").asText()));
    assertThat(stages).containsExactly("a", "b", "c", "d", "e");
    run.get("stages")
        .forEach(
            stage -> {
              assertThat(stage.get("files").asLong()).isEqualTo(40);
              // reading 40 small files can take less than the process CPU clock's tick
              if (stage.get("stage").asText().equals("a")) {
                assertThat(stage.get("cpuSeconds").asDouble()).isNotNegative();
              } else {
                assertThat(stage.get("cpuSeconds").asDouble()).isPositive();
              }
            });
    JsonNode enriched = run.get("stages").get(3);
    JsonNode job = run.get("stages").get(4);
    assertThat(job.get("articles").asLong())
        .isEqualTo(enriched.get("articles").asLong())
        .isGreaterThan(40);
    assertThat(job.get("rejects").asLong()).isEqualTo(enriched.get("rejects").asLong());
    assertThat(Files.readString(Path.of(report + ".md"), StandardCharsets.UTF_8))
        .contains("| e full job (Parquet) | 40 |")
        .contains("Full job / parsing alone:");
    assertThat(work.resolve("work/output/articles")).isDirectory();
  }

  @Test
  void aCorpusOrAFolderToBuildOneIsRequired() {
    assertThat(NewsEtl.execute("bench", "--articles", "10")).isEqualTo(ExitCodes.USAGE);
  }
}
