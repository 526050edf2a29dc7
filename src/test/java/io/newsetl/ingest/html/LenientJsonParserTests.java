package io.newsetl.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientJsonParserTests {

  @Test
  void readsObjectsArraysAndScalarsInOrder() {
    Object value =
        LenientJsonParser.parse(
                "{\"b\": [1, 2.5, -3e2, true, false, null], \"a\": {\"s\": \"x\\u00e9\\n\\\"\"}}")
            .orElseThrow();

    assertThat(value)
        .isEqualTo(Map.of("b", List.of(1.0, 2.5, -300.0, true, false), "a", Map.of("s", "xé\n\"")));
    assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("b", "a"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<!-- {\"a\": \"b\"} -->",
        "//<![CDATA[\n{\"a\": \"b\"}\n//]]>",
        "{\"a\": \"b\",}",
        "{'a': 'b'};",
        "{a: \"b\"}",
        "{\"a\": \"b\", \"a\": \"later duplicates are ignored\"}"
      })
  void acceptsWhatPagesCommonlyGetWrong(String text) {
    assertThat(LenientJsonParser.parse(text)).contains(Map.of("a", "b"));
  }

  @Test
  void keepsRawLineBreaksInsideStrings() {
    assertThat(LenientJsonParser.parse("[\"two\nlines\"]")).contains(List.of("two\nlines"));
  }

  @Nested
  class NotJson {

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"null", "{", "[1, 2", "{\"a\" 1}", "{\"a\": tru}", "\"open", "[1] [2]"})
    void givesNothing(String text) {
      assertThat(LenientJsonParser.parse(text)).isEqualTo(Optional.empty());
    }

    @Test
    void refusesNestingBeyondTheLimit() {
      String deep = "[".repeat(10_000) + "]".repeat(10_000);

      assertThat(LenientJsonParser.parse(deep)).isEmpty();
    }

    @Test
    void acceptsNestingUpToTheLimit() {
      String deep =
          "[".repeat(LenientJsonParser.MAX_DEPTH) + "]".repeat(LenientJsonParser.MAX_DEPTH);

      assertThat(LenientJsonParser.parse(deep)).isPresent();
    }
  }
}
