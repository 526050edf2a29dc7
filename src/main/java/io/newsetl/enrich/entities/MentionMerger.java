package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.NameNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives the mentions of one entity in a text one identity: an unlinked person name that is the last
 * word of a fuller person name in the same text ("Sullivan" after "Jake Sullivan") takes that
 * name's canonical and id (a linked full name before an unlinked one, such as a title with the
 * name, "Mr Sullivan"), and unlinked names written alike share the first one's canonical. Where
 * linked full names of different people end in the same word ("Michael Jackson", "Janet Jackson"),
 * the word alone is the nearest of them before it (the first if none comes before). An unlinked
 * name written like a linked mention of the same text ("Yukos" tagged as a person where another
 * "Yukos" is linked to the company) names that mention's entity, with its class, when the classes
 * agree or the linked entity is an organization the tagger took for a person or a place: the
 * nearest such mention before it, else the first after it. An unlinked one-word organization that
 * is the first word of organization names of several words in the same text, all linked to one
 * entity, names that entity ("مانشستر" where "مانشستر يونايتد" is linked, "Goldman" where "Goldman
 * Sachs" is); where they are of different entities ("الاتحاد الأوروبي", "الاتحاد الآسيوي") or one
 * of them is unlinked ("Sky" with "Sky News" and "Sky Networks": a brand of several), it stays
 * unlinked. Mentions are in text order.
 */
final class MentionMerger {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private MentionMerger() {}

  static List<EntityMention> merge(List<EntityMention> mentions) {
    Map<String, List<EntityMention>> fullNamesByLastWord = new HashMap<>();
    Map<String, List<EntityMention>> organizationsByFirstWord = new HashMap<>();
    Map<String, String> canonicalByFolded = new HashMap<>();
    Map<String, List<EntityMention>> linkedByFolded = new HashMap<>();
    List<String[]> wordsOf = mentions.stream().map(m -> words(m.text())).toList();
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      String[] words = wordsOf.get(i);
      if (m.id().isPresent()) {
        linkedByFolded.computeIfAbsent(String.join(" ", words), t -> new ArrayList<>()).add(m);
      }
      if (m.type() == NameClass.PERSON && words.length > 1) {
        fullNamesByLastWord.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(m);
      }
      if (m.type() == NameClass.ORGANIZATION && words.length > 1) {
        organizationsByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(m);
      }
      if (m.id().isEmpty()) {
        canonicalByFolded.putIfAbsent(fold(m.canonical()), m.canonical());
      }
    }
    List<EntityMention> merged = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      merged.add(
          m.id().isPresent()
              ? m
              : mergeOne(
                  m,
                  wordsOf.get(i),
                  fullNamesByLastWord,
                  organizationsByFirstWord,
                  linkedByFolded,
                  canonicalByFolded));
    }
    return merged;
  }

  private static EntityMention mergeOne(
      EntityMention m,
      String[] words,
      Map<String, List<EntityMention>> fullNames,
      Map<String, List<EntityMention>> organizations,
      Map<String, List<EntityMention>> linkedByFolded,
      Map<String, String> canonicals) {
    if (m.type() == NameClass.PERSON && words.length == 1) {
      List<EntityMention> candidates = fullNames.get(words[0]);
      if (candidates != null) {
        EntityMention full = nearestBefore(candidates, m);
        return m.linkedTo(full.canonical(), full.id(), full.fineType());
      }
    }
    if (m.type() == NameClass.ORGANIZATION && words.length == 1) {
      List<EntityMention> longer = organizations.get(words[0]);
      if (longer != null
          && longer.get(0).id().isPresent()
          && longer.stream().allMatch(o -> o.id().equals(longer.get(0).id()))) {
        EntityMention full = longer.get(0);
        return m.linkedTo(full.canonical(), full.id(), full.fineType());
      }
    }
    List<EntityMention> written = linkedByFolded.get(String.join(" ", words));
    if (written != null) {
      EntityMention linked = nearestBefore(written, m);
      if (mayBeTheSame(m.type(), linked.type())) {
        return m.sameEntityAs(linked);
      }
    }
    return m.linkedTo(
        canonicals.getOrDefault(fold(m.canonical()), m.canonical()), m.id(), m.fineType());
  }

  /**
   * Whether an unlinked name of class {@code tagged} may name the entity of a linked mention of the
   * same text and class {@code linked}: the same class, or an organization the tagger took for a
   * person or a place (a company named like a person or a place, "Nissan", "GM"). Not a place or a
   * person the tagger took for an organization: a club or a company named after a city
   * ("Barcelona") is another entity.
   */
  private static boolean mayBeTheSame(NameClass tagged, NameClass linked) {
    return tagged == linked
        || linked == NameClass.ORGANIZATION
            && (tagged == NameClass.PERSON || tagged == NameClass.LOCATION);
  }

  // of the linked full names, the last (in text order) that starts before m, else the first; the
  // first full name if none is linked
  private static EntityMention nearestBefore(List<EntityMention> fullNames, EntityMention m) {
    EntityMention nearest = null;
    for (EntityMention full : fullNames) {
      if (full.id().isPresent() && (nearest == null || full.start() < m.start())) {
        nearest = full;
      }
    }
    return nearest != null ? nearest : fullNames.get(0);
  }

  private static String[] words(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }

  private static String fold(String text) {
    return NON_WORD
        .matcher(NameNormalizer.fold(text))
        .replaceAll(" ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
