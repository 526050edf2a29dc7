package io.newsetl.enrich.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds catalog aliases in folded text with a character trie: longest match first, whole words only
 * (except for Chinese), Arabic clitics accepted in front of Arabic names. Immutable after
 * construction, so one index serves many threads.
 */
final class AliasIndex {

  private static final List<String> CLITICS =
      List.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك");

  private static final String CLITIC_LETTERS = "وفبلك";

  private final Node root = new Node();

  AliasIndex(List<AliasEntry> aliases) {
    for (AliasEntry alias : aliases) {
      add(alias.folded(), alias);
      if (alias.arabic() && alias.folded().startsWith("ال")) {
        // ل + ال is written لل: "للجزيرة"
        add("لل" + alias.folded().substring(2), alias);
      }
    }
  }

  /** Every alias occurrence, left to right, without overlaps. */
  List<AliasHit> find(FoldedText text) {
    String folded = text.folded();
    List<AliasHit> hits = new ArrayList<>();
    int p = 0;
    while (p < folded.length()) {
      char c = folded.charAt(p);
      AliasHit hit = null;
      if (isHan(c)) {
        hit = matchAt(text, p, "");
      } else if (startsCandidate(c) && (p == 0 || !isWordChar(folded.charAt(p - 1)))) {
        hit = matchWord(text, p);
      }
      if (hit != null) {
        hits.add(hit);
        p = hit.foldedEnd();
      } else {
        p++;
      }
    }
    return hits;
  }

  private boolean startsCandidate(char c) {
    return root.children.containsKey(c) || CLITIC_LETTERS.indexOf(c) >= 0;
  }

  private AliasHit matchWord(FoldedText text, int p) {
    AliasHit best = null;
    boolean cliticLetter = CLITIC_LETTERS.indexOf(text.folded().charAt(p)) >= 0;
    for (String clitic : CLITICS) {
      if (!clitic.isEmpty() && !cliticLetter || !text.folded().startsWith(clitic, p)) {
        continue;
      }
      AliasHit hit = matchAt(text, p, clitic);
      if (hit != null
          && (clitic.isEmpty() || hit.alias().arabic())
          && (best == null || hit.foldedEnd() > best.foldedEnd())) {
        best = hit;
      }
    }
    return best;
  }

  private AliasHit matchAt(FoldedText text, int wordStart, String clitic) {
    int start = wordStart + clitic.length();
    List<Terminal> terminals = walk(text.folded(), start);
    for (int k = terminals.size() - 1; k >= 0; k--) {
      Terminal t = terminals.get(k);
      AliasHit hit = accept(text, t.node(), wordStart, clitic, start, t.end());
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  /** A trie node holding aliases, reached when the text up to {@code end} was read. */
  private record Terminal(Node node, int end) {}

  /** The alias-holding nodes passed while reading the text from {@code start}, shortest first. */
  private List<Terminal> walk(String folded, int start) {
    List<Terminal> terminals = List.of();
    Node node = root;
    int i = start;
    while (i < folded.length()) {
      char c = folded.charAt(i);
      node = node.children.get(Character.isWhitespace(c) ? ' ' : c);
      if (node == null) {
        break;
      }
      i = Character.isWhitespace(c) ? skipSpaces(folded, i) : i + 1;
      if (!node.entries.isEmpty()) {
        terminals = terminals.isEmpty() ? new ArrayList<>(2) : terminals;
        terminals.add(new Terminal(node, i));
      }
    }
    return terminals;
  }

  private AliasHit accept(
      FoldedText text, Node node, int wordStart, String clitic, int start, int end) {
    String folded = text.folded();
    boolean hanEnd = isHan(folded.charAt(end - 1));
    if (!hanEnd && end < folded.length() && isWordChar(folded.charAt(end))) {
      return null;
    }
    int from = text.toOriginal(start);
    int to = text.toOriginalEnd(end);
    String surface = text.original().substring(from, to);
    for (AliasEntry alias : node.entries) {
      if (alias.caseMatches(surface)) {
        return new AliasHit(alias, clitic, wordStart, start, end, from, to);
      }
    }
    return null;
  }

  private void add(String key, AliasEntry alias) {
    Node node = root;
    for (int i = 0; i < key.length(); i++) {
      node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
    }
    node.entries.add(alias);
    // Unambiguous readings win over ambiguous ones sharing the same folded form.
    node.entries.sort(Comparator.comparing(AliasEntry::ambiguous));
  }

  private static int skipSpaces(String folded, int i) {
    int j = i;
    while (j < folded.length() && Character.isWhitespace(folded.charAt(j))) {
      j++;
    }
    return j;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isHan(char c) {
    return c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static final class Node {
    final Map<Character, Node> children = new HashMap<>(4);
    final List<AliasEntry> entries = new ArrayList<>(1);
  }
}
