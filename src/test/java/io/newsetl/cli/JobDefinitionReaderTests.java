package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

class JobDefinitionReaderTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-07-14T23:30:00Z"), ZoneOffset.UTC);

  static Stream<Arguments> definitions() {
    return Stream.of(
        Arguments.of(
            "input: in\noutput: out\n",
            List.of("ingest", "--input", "in", "--output", "out", "--date", "2023-07-13")),
        Arguments.of(
            """
            job: ingest
            input: /data/in
            output: /data/out
            date: yesterday
            zone: Europe/Berlin
            threads: 2
            max-rejects: 0
            enrichers: {temporal: true, quotes: false}
            settings: {news-etl.chunk-size: 50}
            """,
            List.of(
                "ingest",
                "--input",
                "/data/in",
                "--output",
                "/data/out",
                "--date",
                "2023-07-14",
                "--threads",
                "2",
                "--max-rejects",
                "0",
                "--news-etl.chunk-size=50",
                "--news-etl.enrich.quotes=false",
                "--news-etl.enrich.temporal=true")),
        Arguments.of(
            """
            job: backfill
            input: in
            output: out
            from: 3 days ago
            to: yesterday
            force: true
            parallel: 2
            """,
            List.of(
                "backfill",
                "--input",
                "in",
                "--output",
                "out",
                "--from",
                "2023-07-11",
                "--to",
                "2023-07-13",
                "--force",
                "--parallel",
                "2")));
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void becomesTheCommandLineThatRunsIt(String yaml, List<String> expected) {
    JobDefinition job = JobDefinitionReader.parse(new Yaml().load(yaml));

    assertThat(new RunCommand(CLOCK).arguments(job)).isEqualTo(expected);
  }

  @Test
  void theShippedDefinitionsAreValid() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("jobs"))) {
      List<Path> definitions = files.filter(f -> f.toString().endsWith(".yml")).toList();
      assertThat(definitions)
          .extracting(f -> f.getFileName().toString())
          .contains("nightly.yml", "backfill.yml");
      for (Path definition : definitions) {
        assertThat(new RunCommand(CLOCK).arguments(JobDefinitionReader.read(definition)))
            .isNotEmpty();
      }
    }
  }

  @Nested
  class Refuses {

    static Stream<Arguments> mistakes() {
      return Stream.of(
          Arguments.of(Map.of("input", "in"), "'output' is missing"),
          Arguments.of(Map.of("input", "in", "output", "out", "treads", 2), "unknown key 'treads'"),
          Arguments.of(Map.of("input", "in", "output", "out", "job", "export"), "job must be"),
          Arguments.of(
              Map.of("input", "in", "output", "out", "zone", "Mars/Olympus"), "unknown time zone"),
          Arguments.of(Map.of("input", "in", "output", "out", "threads", "two"), "whole number"),
          Arguments.of(
              Map.of("input", "in", "output", "out", "enrichers", Map.of("entities", true)),
              "unknown enricher"),
          Arguments.of(
              Map.of("input", "in", "output", "out", "settings", Map.of("server.port", 1)),
              "must start with"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void aDefinitionWithAMistake(Map<String, Object> yaml, String message) {
      assertThatThrownBy(() -> JobDefinitionReader.parse(yaml))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(message);
    }

    @Test
    void aBackfillWithoutItsRange() {
      JobDefinition job =
          JobDefinitionReader.parse(Map.of("job", "backfill", "input", "in", "output", "out"));

      assertThatThrownBy(() -> new RunCommand(CLOCK).arguments(job))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("needs 'from' and 'to'");
    }
  }
}
