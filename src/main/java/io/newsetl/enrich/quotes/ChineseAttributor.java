package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import io.newsetl.enrich.quotes.CueLexicon.Kind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers in Chinese: "外交部发言人汪文斌13日在例行记者会上表示：“……”", "“……”他说。". The speaker is the clause before
 * the verb, cut at the first time or place adjunct; a name after a role noun ("发言人汪文斌") is the
 * speaker's name. Stateless.
 */
final class ChineseAttributor implements Attributor {

  private static final String LANGUAGE = "zh";
  private static final Pattern ADJUNCT =
      Pattern.compile("[0-9０-９]|在|于|对|向|今天|昨天|日前|当天|近日|周[一二三四五六日]|星期|上午|下午|晚间|接受|通过");
  private static final String CLAUSE_MARKS = "，,。；;：:！？!?“”\"「」『』、\n";
  private static final int MAX_SPEAKER = 16;

  private final CueLexicon lexicon;
  private final Pattern verbs;

  ChineseAttributor(CueLexicon lexicon) {
    this.lexicon = lexicon;
    Set<String> words = lexicon.words(LANGUAGE, Kind.VERB);
    this.verbs =
        Pattern.compile(
            String.join(
                "|",
                words.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote)
                    .toList()));
  }

  @Override
  public Optional<Attribution> forQuote(
      String text, QuoteSpan quote, int beforeStart, int afterEnd) {
    return after(text, quote.end(), afterEnd).or(() -> before(text, beforeStart, quote.start()));
  }

  @Override
  public Optional<Attribution> forSentence(String text, int start, int end) {
    return before(text, start, end)
        .filter(a -> a.reference() == Reference.NAMED || a.reference() == Reference.ROLE);
  }

  @Override
  public List<String> names(String text, int start, int end) {
    return List.of();
  }

  /** "“……”他说" or "“……”，王文斌表示": the verb within a few characters after the quote. */
  private Optional<Attribution> after(String text, int from, int end) {
    int start = from;
    while (start < end && "，,：: ".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    Matcher m = verbs.matcher(text).region(start, Math.min(end, start + MAX_SPEAKER + 2));
    if (!m.find() || containsMark(text, start, m.start())) {
      return Optional.empty();
    }
    return Optional.of(speaker(text, start, m.start(), m.group()));
  }

  private Optional<Attribution> before(String text, int start, int end) {
    Matcher m = verbs.matcher(text).region(start, end);
    int verbStart = -1;
    String verb = null;
    while (m.find()) {
      verbStart = m.start();
      verb = m.group();
    }
    if (verb == null) {
      return Optional.empty();
    }
    int clause = verbStart;
    while (clause > start && CLAUSE_MARKS.indexOf(text.charAt(clause - 1)) < 0) {
      clause--;
    }
    return Optional.of(speaker(text, clause, verbStart, verb));
  }

  private Attribution speaker(String text, int start, int verbStart, String verb) {
    int from = start;
    while (from < verbStart
        && (text.charAt(from) == '据' || Character.isWhitespace(text.charAt(from)))) {
      from++;
    }
    Matcher adjunct = ADJUNCT.matcher(text).region(from, verbStart);
    int end = adjunct.find() ? adjunct.start() : verbStart;
    if (end <= from || end - from > MAX_SPEAKER) {
      return Attribution.implied(verb, Reference.PRONOUN);
    }
    String written = text.substring(from, end);
    if (lexicon.words(LANGUAGE, Kind.PRONOUN).contains(written)) {
      return new Attribution(verb, from, end, written, Reference.PRONOUN);
    }
    if (lexicon.words(LANGUAGE, Kind.GENERIC).contains(written)) {
      return new Attribution(verb, from, end, written, Reference.GENERIC);
    }
    String name = nameAfterRole(written);
    boolean roleOnly = name.equals(written) && endsWithRole(written);
    return new Attribution(verb, from, end, name, roleOnly ? Reference.ROLE : Reference.NAMED);
  }

  private boolean endsWithRole(String phrase) {
    return lexicon.words(LANGUAGE, Kind.ROLE).stream().anyMatch(phrase::endsWith);
  }

  /** "外交部发言人汪文斌" → "汪文斌"; a phrase ending in its role noun stays whole. */
  private String nameAfterRole(String phrase) {
    int cut = -1;
    for (String role : lexicon.words(LANGUAGE, Kind.ROLE)) {
      int at = phrase.lastIndexOf(role);
      if (at >= 0) {
        cut = Math.max(cut, at + role.length());
      }
    }
    int rest = phrase.length() - cut;
    return cut > 0 && rest >= 2 && rest <= 4 ? phrase.substring(cut) : phrase;
  }

  private static boolean containsMark(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
