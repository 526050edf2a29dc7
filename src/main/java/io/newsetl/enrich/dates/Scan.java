package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One text being scanned: its tokens, the dictionary phrases found at each token, and small queries
 * the rules share. Created per call, never shared between threads.
 */
final class Scan {

  static {
    if (Category.values().length > Long.SIZE) {
      throw new IllegalStateException("category bits must fit in a long");
    }
  }

  /** A count read from the text: digits, a number word, or an unknown count ({@code -1}). */
  record Quantity(int value, int next) {}

  private final FoldedText text;
  private final List<Token> tokens;
  private final List<List<Hit>> hits;

  /** Per token, one bit per category ({@code 1L << ordinal}) of the phrases starting there. */
  private final long[] categories;

  private final LanguagePack pack;

  private Scan(
      FoldedText text,
      List<Token> tokens,
      List<List<Hit>> hits,
      long[] categories,
      LanguagePack pack) {
    this.text = text;
    this.tokens = tokens;
    this.hits = hits;
    this.categories = categories;
    this.pack = pack;
  }

  static Scan of(FoldedText text, LanguagePack pack) {
    List<Token> tokens = Tokenizer.tokenize(text.folded());
    List<List<Hit>> hits = new ArrayList<>(tokens.size());
    long[] categories = new long[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      List<Hit> found = pack.lexicon().hitsAt(tokens, i, text);
      hits.add(found);
      for (Hit hit : found) {
        categories[i] |= 1L << hit.term().category().ordinal();
      }
    }
    return new Scan(text, tokens, hits, categories, pack);
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  LanguagePack pack() {
    return pack;
  }

  FoldedText text() {
    return text;
  }

  /** Whether a phrase of one of the categories ({@code 1L << ordinal} bits) starts at {@code i}. */
  boolean hasAny(int i, long categoryBits) {
    return (categories[i] & categoryBits) != 0;
  }

  /** The longest phrase of the category starting at token {@code i}. */
  Optional<Hit> hit(int i, Category category) {
    if (i < 0 || i >= tokens.size() || (categories[i] & (1L << category.ordinal())) == 0) {
      return Optional.empty();
    }
    for (Hit hit : hits.get(i)) {
      if (hit.term().category() == category) {
        return Optional.of(hit);
      }
    }
    return Optional.empty();
  }

  boolean has(int i, Category category) {
    return hit(i, category).isPresent();
  }

  /** Whether a phrase of the category ends just before token {@code i}. */
  boolean precededBy(int i, Category category) {
    for (int k = Math.max(0, i - 4); k < i; k++) {
      for (Hit hit : hits.get(k)) {
        if (hit.next() == i && hit.term().category() == category) {
          return true;
        }
      }
    }
    return false;
  }

  /** The index after an optional phrase of the category at {@code i}. */
  int skip(int i, Category category) {
    return hit(i, category).map(Hit::next).orElse(i);
  }

  boolean isNumber(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.NUMBER;
  }

  /** The value of a digit token of at most {@code maxDigits} digits, or -1. */
  int number(int i, int maxDigits) {
    if (!isNumber(i) || tokens.get(i).text().length() > maxDigits) {
      return -1;
    }
    return Integer.parseInt(tokens.get(i).text());
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(c);
  }

  /** Whether token {@code i} follows token {@code i - 1} with no space between. */
  boolean joined(int i) {
    return i > 0 && i < tokens.size() && tokens.get(i).start() == tokens.get(i - 1).end();
  }

  /** A count at {@code i}: up to 6 digits, a number word, or a fuzzy word ("several"). */
  Optional<Quantity> quantity(int i) {
    int digits = number(i, 6);
    if (digits >= 0) {
      return Optional.of(new Quantity(digits, i + 1));
    }
    Optional<Hit> word = hit(i, Category.NUMBER);
    if (word.isPresent()) {
      int value = word.get().term().number();
      int next = word.get().next();
      int k = isPunct(next, '-') && joined(next) ? next + 1 : next;
      Optional<Hit> ones =
          hit(k, Category.NUMBER).filter(h -> h.term().number() >= 1 && h.term().number() <= 9);
      if (value >= 20 && value <= 90 && value % 10 == 0 && ones.isPresent() && k - i <= 2) {
        return Optional.of(new Quantity(value + ones.get().term().number(), ones.get().next()));
      }
      Optional<Hit> tens =
          hit(next, Category.NUMBER).filter(h -> h.charStart() > tokens.get(next).start());
      int t = tens.map(h -> h.term().number()).orElse(0);
      if (value >= 1 && value <= 9 && t >= 20 && t <= 90 && t % 10 == 0) {
        return Optional.of(new Quantity(value + t, tens.get().next()));
      }
      return Optional.of(new Quantity(value, next));
    }
    return hit(i, Category.FUZZY).map(h -> new Quantity(-1, h.next()));
  }

  /**
   * A match from token {@code first} (starting at folded offset {@code charStart}) to {@code next}.
   */
  Match match(int first, int next, int charStart, TimexType type, Anchor anchor) {
    return new Match(first, next, charStart, tokens.get(next - 1).end(), type, anchor);
  }

  /** A match covering whole tokens. */
  Match match(int first, int next, TimexType type, Anchor anchor) {
    return match(first, next, start(first), type, anchor);
  }

  /** Where token {@code i} starts, after any clitic split off by the lexicon. */
  int start(int i) {
    return hits.get(i).isEmpty() ? tokens.get(i).start() : hits.get(i).get(0).charStart();
  }
}
