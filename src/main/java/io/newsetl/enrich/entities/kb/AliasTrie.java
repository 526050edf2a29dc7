package io.newsetl.enrich.entities.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word trie over the folded aliases of the knowledge base. Finds, left to right, the longest
 * alias starting at each word, never across sentence punctuation, reading Arabic words with and
 * without clitic prefixes. Immutable after construction and thread-safe.
 */
final class AliasTrie {

  private final Node root = new Node();
  private int aliasCount;

  AliasTrie(List<KbAlias> aliases) {
    for (KbAlias alias : aliases) {
      List<NameToken> words = NameTokenizer.tokenize(alias.text());
      if (words.isEmpty()) {
        continue;
      }
      Node node = root;
      for (NameToken word : words) {
        node = node.children.computeIfAbsent(word.key(), k -> new Node());
      }
      node.aliases.add(alias);
      aliasCount++;
    }
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
    NameToken head = tokens.get(first);
    AliasMatch best = null;
    for (String reading : NameNormalizer.arabicReadings(head.key())) {
      Node node = root.children.get(reading);
      int end = first + 1;
      int start = head.start() + originalLength(text, head, NameNormalizer.droppedPrefix(head.key(), reading));
      List<KbAlias> terminal = List.of();
      int terminalEnd = -1;
      while (node != null) {
        if (!node.aliases.isEmpty()) {
          List<KbAlias> accepted =
              AliasFilter.accepted(node.aliases, text, start, tokens.get(end - 1).end(), language);
          if (!accepted.isEmpty()) {
            terminal = accepted;
            terminalEnd = end;
          }
        }
        if (end >= tokens.size() || tokens.get(end).breakBefore()) {
          break;
        }
        node = node.children.get(tokens.get(end).key());
        end++;
      }
      if (!terminal.isEmpty() && (best == null || terminalEnd > best.endToken())) {
        best = new AliasMatch(start, endOf(text, tokens.get(terminalEnd - 1), terminal), first, terminalEnd,
            terminal);
      }
    }
    return best;
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
  }
}
