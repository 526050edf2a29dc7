package io.newsetl.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON form of a run summary, for {@code _runs/<run>.json}. */
final class RunSummaryJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunSummaryJson() {}

  static String of(RunSummary s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("run", s.run());
    json.put("execution_id", s.executionId());
    json.put("status", s.status());
    json.put("exit_message", s.exitMessage());
    json.put("input", s.input());
    json.put("output", s.output());
    json.put("date", s.date());
    json.put("started_at", s.startedAt().toString());
    json.put("ended_at", s.endedAt().toString());
    json.put("seconds", s.duration().toMillis() / 1000.0);
    json.put("files_planned", s.filesPlanned());
    json.put("files_processed", s.filesProcessed());
    json.put("bytes_read", s.bytesRead());
    json.put("articles", s.articles());
    json.put("duplicates", s.duplicates());
    json.put("rejects", s.rejects());
    json.put("other_date", s.otherDate());
    json.put("rejects_by_reason", s.rejectsByReason());
    json.put("articles_by_format", s.articlesByFormat());
    json.put("articles_by_language", s.articlesByLanguage());
    json.put("parquet_files", s.parquetFiles());
    json.put("parquet_bytes", s.parquetBytes());
    json.put("articles_per_second", Math.round(s.articlesPerSecond() * 10) / 10.0);
    json.put("pipeline_version", s.pipelineVersion());
    json.put("java_version", System.getProperty("java.version"));
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers always serializes", e);
    }
  }
}
