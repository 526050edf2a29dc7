package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.NameNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives the mentions of one entity in a text one identity: an unlinked person name that is the last
 * word of a fuller person name in the same text ("Sullivan" after "Jake Sullivan") takes that
 * name's canonical and id, and unlinked names written alike share the first one's canonical.
 */
final class MentionMerger {

  private MentionMerger() {}

  static List<EntityMention> merge(List<EntityMention> mentions) {
    Map<String, EntityMention> fullNamesByLastWord = new HashMap<>();
    Map<String, String> canonicalByFolded = new HashMap<>();
    for (EntityMention m : mentions) {
      String[] words = words(m.text());
      if (m.type() == NameClass.PERSON && words.length > 1) {
        EntityMention known = fullNamesByLastWord.get(words[words.length - 1]);
        if (known == null || known.id().isEmpty() && m.id().isPresent()) {
          fullNamesByLastWord.put(words[words.length - 1], m);
        }
      }
      if (m.id().isEmpty()) {
        canonicalByFolded.putIfAbsent(fold(m.canonical()), m.canonical());
      }
    }
    List<EntityMention> merged = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      merged.add(m.id().isPresent() ? m : mergeOne(m, fullNamesByLastWord, canonicalByFolded));
    }
    return merged;
  }

  private static EntityMention mergeOne(
      EntityMention m, Map<String, EntityMention> fullNames, Map<String, String> canonicals) {
    String[] words = words(m.text());
    if (m.type() == NameClass.PERSON && words.length == 1) {
      EntityMention full = fullNames.get(words[0]);
      if (full != null) {
        return m.linkedTo(full.canonical(), full.id(), full.fineType());
      }
    }
    return m.linkedTo(
        canonicals.getOrDefault(fold(m.canonical()), m.canonical()), m.id(), m.fineType());
  }

  private static String[] words(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }

  private static String fold(String text) {
    return NameNormalizer.fold(text)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
