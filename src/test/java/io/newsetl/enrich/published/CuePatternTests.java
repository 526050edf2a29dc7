package io.newsetl.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CuePatternTests {

  private static final String WORDS =
      "published|first\\s+published|közzétéve|опубликовано|发布|نُشر|تاريخ\\s+النشر";
  private static final String LABELS = "(?:date|datum|дата|日期|التاريخ)\\s?[:：]";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published July 13, 2023. PUBLISHED again, then PuBlIsHeD.",
        "unpublished, republished and published2023 and 2023published",
        "First   published 13 July; first\npublished",
        "\u212Aözzétéve 2023. július 13. and Közzétéve",
        "ОПУБЛИКОВАНО: 13 июля; неопубликовано",
        "新闻发布时间：2023年07月13日 发布",
        "نُشر في 13 يوليو 2023 تاريخ النشر: ١٣ يوليو",
        "\uD835\uDC00published after a mathematical capital",
        "",
      })
  void findsWhatTheWholeTextScanFinds(String text) {
    for (String words : List.of(WORDS, LABELS)) {
      assertThat(matches(CuePattern.of(words), text)).isEqualTo(scanned(words, text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\s?date", "|published", "(?:[:]x)"})
  void refusesAWordThatDoesNotStartWithALetter(String words) {
    assertThatIllegalArgumentException().isThrownBy(() -> CuePattern.of(words));
  }

  private static List<String> matches(CuePattern cue, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = cue.matcher(text);
    for (int from = 0; cue.find(m, text, from); from = m.end()) {
      found.add(m.start() + ":" + m.group());
    }
    return found;
  }

  private static List<String> scanned(String words, String text) {
    String letter = "[\\p{L}&&[^\\p{IsHan}]]";
    Matcher m =
        Pattern.compile("(?iu)(?<!" + letter + ")(?:" + words + ")(?!" + letter + ")")
            .matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.start() + ":" + m.group());
    }
    return found;
  }
}
