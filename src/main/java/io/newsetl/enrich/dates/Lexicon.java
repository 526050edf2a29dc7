package io.newsetl.enrich.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An index of folded dictionary phrases by their first token. Arabic-style clitics (و ب ل ف ك and
 * their combinations) may be attached to the first token of a phrase; a clitic ل before the article
 * ال (written لل) is handled too. Immutable once built, so safe to share between threads.
 */
final class Lexicon {

  /**
   * A phrase: its folded tokens, meaning, and constraints on the original spelling.
   *
   * @param exactForm when not empty, the original text must be exactly this, diacritics aside
   */
  private record Entry(String[] tokens, Term term, boolean lowerCaseOnly, String exactForm) {}

  private final Map<String, List<Entry>> byFirst;
  private final List<String> clitics;

  private Lexicon(Map<String, List<Entry>> byFirst, List<String> clitics) {
    this.byFirst = byFirst;
    this.clitics = clitics;
  }

  /** All phrases that start at token {@code i}, longest first; an empty list when none does. */
  List<Hit> hitsAt(List<Token> tokens, int i, FoldedText text) {
    Token token = tokens.get(i);
    if (token.kind() == Token.Kind.PUNCT && !byFirst.containsKey(token.text())) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>(1);
    collect(hits, tokens, i, token.text(), token.start(), text);
    if (hits.isEmpty() && token.kind() == Token.Kind.WORD) {
      for (String clitic : clitics) {
        String word = token.text();
        if (word.length() > clitic.length() + 1 && word.startsWith(clitic)) {
          String rest = word.substring(clitic.length());
          collect(hits, tokens, i, rest, token.start() + clitic.length(), text);
          if (rest.charAt(0) == '\u0644') {
            collect(hits, tokens, i, '\u0627' + rest, token.start() + clitic.length(), text);
          }
        }
      }
    }
    return hits.isEmpty() ? List.of() : hits;
  }

  private void collect(
      List<Hit> hits, List<Token> tokens, int i, String first, int charStart, FoldedText text) {
    List<Entry> entries = byFirst.get(first);
    if (entries == null) {
      return;
    }
    for (Entry entry : entries) {
      int next = i + entry.tokens.length;
      if (next <= tokens.size()
          && restMatches(entry, tokens, i)
          && caseMatches(entry, tokens, i, next, text)) {
        hits.add(new Hit(entry.term, i, next, charStart));
      }
    }
  }

  private static boolean restMatches(Entry entry, List<Token> tokens, int i) {
    for (int k = 1; k < entry.tokens.length; k++) {
      if (!entry.tokens[k].equals(tokens.get(i + k).text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean caseMatches(
      Entry entry, List<Token> tokens, int i, int next, FoldedText text) {
    int start = tokens.get(i).start();
    int end = tokens.get(next - 1).end();
    if (!entry.exactForm.isEmpty()) {
      return FoldedText.withoutMarks(
              text.original().substring(text.originalStart(start), text.originalEnd(end)))
          .equals(entry.exactForm);
    }
    return !entry.lowerCaseOnly || text.originalIsLowerCase(start, end);
  }

  /** Collects phrases; {@link #build()} makes the immutable lexicon. */
  static final class Builder {
    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final List<String> clitics = new ArrayList<>();

    /**
     * Adds a phrase. A leading {@code ^} means it only matches when written in lower case; a
     * leading {@code =} that it only matches when spelled exactly so (diacritics aside), for words
     * that folding would merge with others (آلان, a name, and الآن, "now").
     */
    Builder add(String phrase, Term term) {
      boolean lowerCaseOnly = phrase.startsWith("^");
      String exactForm = phrase.startsWith("=") ? FoldedText.withoutMarks(phrase.substring(1)) : "";
      String folded =
          FoldedText.foldPhrase(
              lowerCaseOnly || !exactForm.isEmpty() ? phrase.substring(1) : phrase);
      String[] tokens = Tokenizer.tokenize(folded).stream().map(Token::text).toArray(String[]::new);
      if (tokens.length > 0) {
        Entry entry = new Entry(tokens, term, lowerCaseOnly, exactForm);
        List<Entry> list = byFirst.computeIfAbsent(tokens[0], k -> new ArrayList<>());
        if (list.stream()
            .noneMatch(
                e ->
                    e.term.equals(term)
                        && String.join(" ", e.tokens).equals(String.join(" ", tokens)))) {
          list.add(entry);
        }
      }
      return this;
    }

    Builder clitic(String clitic) {
      clitics.add(FoldedText.foldPhrase(clitic));
      return this;
    }

    Lexicon build() {
      Map<String, List<Entry>> index = new HashMap<>();
      byFirst.forEach(
          (k, v) -> {
            List<Entry> sorted = new ArrayList<>(v);
            sorted.sort(Comparator.comparingInt((Entry e) -> -e.tokens.length));
            index.put(k, List.copyOf(sorted));
          });
      List<String> sortedClitics = new ArrayList<>(clitics);
      sortedClitics.sort(Comparator.comparingInt(String::length).reversed());
      return new Lexicon(Map.copyOf(index), List.copyOf(sortedClitics));
    }
  }
}
