package io.newsetl.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a job definition file ({@code jobs/nightly.yml}). Unknown keys, a missing input or output,
 * an unknown job or time zone are errors ({@link IllegalArgumentException}), so a typo never runs a
 * job with defaults. Thread-safe.
 */
final class JobDefinitionReader {

  private static final Set<String> KEYS =
      Set.of(
          "job",
          "input",
          "output",
          "date",
          "from",
          "to",
          "zone",
          "threads",
          "max-rejects",
          "force",
          "parallel",
          "enrichers",
          "settings",
          "schedule",
          "description");
  private static final Set<String> ENRICHERS = Set.of("temporal", "sources", "quotes");
  private static final Set<String> SETTING_PREFIXES = Set.of("news-etl.", "spring.", "logging.");

  private JobDefinitionReader() {}

  static JobDefinition read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (!(loaded instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException(file + ": not a job definition (a YAML mapping)");
      }
      return parse(map);
    }
  }

  static JobDefinition parse(Map<?, ?> yaml) {
    for (Object key : yaml.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        throw new IllegalArgumentException(
            "unknown key '" + key + "'; known keys: " + new java.util.TreeSet<>(KEYS));
      }
    }
    String job = text(yaml, "job").orElse(JobDefinition.INGEST);
    if (!job.equals(JobDefinition.INGEST) && !job.equals(JobDefinition.BACKFILL)) {
      throw new IllegalArgumentException("job must be ingest or backfill: " + job);
    }
    Map<String, String> settings = new TreeMap<>();
    map(yaml, "settings")
        .forEach((key, value) -> settings.put(setting(key), String.valueOf(value)));
    map(yaml, "enrichers")
        .forEach((name, on) -> settings.put(enricher(name), String.valueOf(flag(on, name))));
    return new JobDefinition(
        job,
        required(yaml, "input"),
        required(yaml, "output"),
        text(yaml, "date").orElse("yesterday"),
        text(yaml, "from").orElse(""),
        text(yaml, "to").orElse(""),
        zone(text(yaml, "zone").orElse("UTC")),
        number(yaml, "threads").map(Long::intValue),
        number(yaml, "max-rejects"),
        flag(yaml.get("force"), "force"),
        number(yaml, "parallel").map(Long::intValue),
        settings);
  }

  private static String required(Map<?, ?> yaml, String key) {
    return text(yaml, key)
        .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is missing"));
  }

  private static Optional<String> text(Map<?, ?> yaml, String key) {
    Object value = yaml.get(key);
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value).strip());
  }

  private static Optional<Long> number(Map<?, ?> yaml, String key) {
    Object value = yaml.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number n) {
      return Optional.of(n.longValue());
    }
    throw new IllegalArgumentException("'" + key + "' must be a whole number: " + value);
  }

  private static boolean flag(Object value, String key) {
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    throw new IllegalArgumentException("'" + key + "' must be true or false: " + value);
  }

  private static Map<String, Object> map(Map<?, ?> yaml, String key) {
    Object value = yaml.get(key);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> entries)) {
      throw new IllegalArgumentException("'" + key + "' must be a mapping");
    }
    Map<String, Object> result = new TreeMap<>();
    entries.forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  private static String setting(String key) {
    if (SETTING_PREFIXES.stream().noneMatch(key::startsWith)) {
      throw new IllegalArgumentException(
          "setting '" + key + "' must start with news-etl., spring. or logging.");
    }
    return key;
  }

  private static String enricher(String name) {
    if (!ENRICHERS.contains(name)) {
      throw new IllegalArgumentException(
          "unknown enricher '" + name + "'; known: " + new java.util.TreeSet<>(ENRICHERS));
    }
    return "news-etl.enrich." + name.toLowerCase(Locale.ROOT);
  }

  private static ZoneId zone(String id) {
    try {
      return "UTC".equals(id) ? ZoneOffset.UTC : ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown time zone: " + id, e);
    }
  }
}
