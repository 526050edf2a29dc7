package io.newsetl.enrich.entities.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word trie over the folded aliases of the knowledge base. Finds, left to right, the longest
 * alias starting at each word, never across sentence punctuation, reading Arabic words with and
 * without clitic prefixes, and not where the words as written are an exclusion of the alias's
 * entity ({@link KbExclusion}). Where the same words are an alias as written and another without a
 * clitic prefix ("وجدة": Oujda, and و + Jeddah), the match keeps the second as its other reading.
 * Immutable after construction and thread-safe.
 */
final class AliasTrie {

  private final Node root = new Node();
  private int aliasCount;

  AliasTrie(List<KbAlias> aliases, List<KbExclusion> exclusions) {
    for (KbAlias alias : aliases) {
      Node node = nodeOf(alias.text());
      if (node != null) {
        node.aliases.add(alias);
        aliasCount++;
      }
    }
    for (KbExclusion exclusion : exclusions) {
      Node node = nodeOf(exclusion.text());
      if (node != null) {
        node.exclusions.add(exclusion);
      }
    }
  }

  private Node nodeOf(String name) {
    List<NameToken> words = NameTokenizer.tokenize(name);
    if (words.isEmpty()) {
      return null;
    }
    Node node = root;
    for (NameToken word : words) {
      node = node.children.computeIfAbsent(word.key(), k -> new Node());
    }
    return node;
  }

  int size() {
    return aliasCount;
  }

  /**
   * The leftmost-longest alias matches in the text's words, not overlapping, keeping only aliases
   * that {@link AliasFilter} accepts for the language.
   */
  List<AliasMatch> find(String text, List<NameToken> tokens, String language) {
    List<AliasMatch> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      AliasMatch best = longestAt(text, tokens, i, language);
      if (best == null) {
        i++;
      } else {
        matches.add(best);
        i = best.endToken();
      }
    }
    return matches;
  }

  private AliasMatch longestAt(String text, List<NameToken> tokens, int first, String language) {
    String head = tokens.get(first).key();
    AliasMatch best =
        longest(text, tokens, first, NameNormalizer.arabicReadings(head), 1, language, null);
    // a two-letter reading of the first word ("وأم" → "ام") counts only in a name of several words
    return longest(
        text, tokens, first, NameNormalizer.shortArabicReadings(head), 2, language, best);
  }

  /**
   * The longest of {@code best} and the accepted aliases of at least {@code minWords} words that
   * start with one of the readings of the first word.
   */
  private AliasMatch longest(
      String text,
      List<NameToken> tokens,
      int first,
      List<String> readings,
      int minWords,
      String language,
      AliasMatch best) {
    NameToken head = tokens.get(first);
    for (String reading : readings) {
      int start =
          head.start()
              + originalLength(text, head, NameNormalizer.droppedPrefix(head.key(), reading));
      AliasMatch match = walk(text, tokens, first, start, root.children.get(reading), language);
      if (match == null || match.endToken() - first < minWords) {
        continue;
      }
      if (best == null || match.endToken() > best.endToken()) {
        best = match;
      } else if (match.endToken() == best.endToken()
          && match.start() > best.start()
          && best.otherReading().isEmpty()) {
        // the same words without a clitic prefix: kept for the resolver to weigh
        best = best.withOtherReading(match);
      }
    }
    return best;
  }

  /** The longest accepted alias from {@code node} on, the first word already read. */
  private static AliasMatch walk(
      String text, List<NameToken> tokens, int first, int start, Node node, String language) {
    AliasMatch found = null;
    int end = first + 1;
    while (node != null) {
      if (!node.aliases.isEmpty()) {
        NameToken last = tokens.get(end - 1);
        List<KbAlias> accepted =
            AliasFilter.accepted(
                node.aliases, text, start, last.end(), language, start > tokens.get(first).start());
        dropExcluded(accepted, node.exclusions, text.substring(start, last.end()));
        if (!accepted.isEmpty()) {
          found = new AliasMatch(start, endOf(text, last, accepted), first, end, accepted);
        }
      }
      if (end >= tokens.size() || tokens.get(end).breakBefore()) {
        break;
      }
      node = node.children.get(tokens.get(end).key());
      end++;
    }
    return found;
  }

  /** Removes the aliases of the entities that {@code written} is an exclusion of. */
  private static void dropExcluded(
      List<KbAlias> accepted, List<KbExclusion> exclusions, String written) {
    if (exclusions.isEmpty()) {
      return;
    }
    String letters = NameNormalizer.letters(written);
    for (KbExclusion exclusion : exclusions) {
      if (NameNormalizer.letters(exclusion.text()).equals(letters)) {
        accepted.removeIf(alias -> alias.entity().equals(exclusion.entity()));
      }
    }
  }

  /** The end of the last word, with the full stop of an abbreviation ("U.S."). */
  private static int endOf(String text, NameToken last, List<KbAlias> aliases) {
    int end = last.end();
    boolean abbreviation = aliases.stream().anyMatch(a -> a.text().endsWith("."));
    return abbreviation && end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
  }

  /** The number of characters of the word that hold its first {@code letters} folded letters. */
  private static int originalLength(String text, NameToken word, int letters) {
    int offset = 0;
    int counted = 0;
    while (counted < letters && word.start() + offset < word.end()) {
      String one = text.substring(word.start() + offset, word.start() + offset + 1);
      counted += NameNormalizer.fold(one).length();
      offset++;
    }
    return offset;
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<KbAlias> aliases = new ArrayList<>(1);
    final List<KbExclusion> exclusions = new ArrayList<>(0);
  }
}
