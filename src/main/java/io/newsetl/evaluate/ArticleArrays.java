package io.newsetl.evaluate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Articles of a JSON array of objects with {@code title} and {@code content} (SaudiNewsNet's daily
 * files), streamed one object at a time. The stream is left open. Stateless and thread-safe.
 */
public final class ArticleArrays {

  /** Receives each article in array order; returns false to stop reading. */
  @FunctionalInterface
  public interface Sink {
    boolean accept(int index, String title, String content) throws IOException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleArrays() {}

  /**
   * Passes the articles of the array in {@code in} to {@code sink}; missing fields are empty.
   *
   * @param name the file or entry, for the error message
   * @throws IOException when the stream is not a JSON array of objects or cannot be read
   */
  public static void forEach(InputStream in, String name, Sink sink) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException(name + " is not a JSON array of articles");
      }
      int index = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        JsonNode article = JSON.readTree(parser);
        if (!sink.accept(
            index++, article.path("title").asText(""), article.path("content").asText(""))) {
          return;
        }
      }
    }
  }
}
