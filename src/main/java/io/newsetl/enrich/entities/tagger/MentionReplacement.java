package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Mention replacement, a data augmentation for training a tagger: copies of the sentences that have
 * names, in which every name is replaced by another name of the same class from the same sentences.
 * Each copy draws a seeded random permutation of the distinct names of each class and applies it to
 * every mention, so that a name repeated in nearby sentences stays repeated. The model sees the
 * same contexts with other names in them, and the same names in other contexts. Sentences without
 * names are not copied. Deterministic for the same input and seed; stateless.
 */
final class MentionReplacement {

  private MentionReplacement() {}

  /**
   * {@code count} copies of the sentences of {@code sentences} that have names, copy after copy,
   * each in sentence order; copy {@code c} is drawn with the seed {@code 17 × seed + c}.
   */
  static List<ConllSentence> copies(List<ConllSentence> sentences, int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("copies must not be negative: " + count);
    }
    List<ConllSentence> copies = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      copies.addAll(copy(sentences, new Random(17 * seed + c)));
    }
    return copies;
  }

  private static List<ConllSentence> copy(List<ConllSentence> sentences, Random random) {
    Map<NameClass, Map<String, String>> replacements = replacements(sentences, random);
    List<ConllSentence> copy = new ArrayList<>();
    for (ConllSentence sentence : sentences) {
      List<LabelSpan> names = LabelSpan.of(sentence.labels());
      if (names.isEmpty()) {
        continue;
      }
      List<String> tokens = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      int at = 0;
      for (LabelSpan name : names) {
        tokens.addAll(sentence.tokens().subList(at, name.start()));
        labels.addAll(sentence.labels().subList(at, name.start()));
        String other = replacements.get(name.nameClass()).get(text(sentence, name));
        String[] words = other.split(" ");
        for (int k = 0; k < words.length; k++) {
          tokens.add(words[k]);
          labels.add((k == 0 ? "B-" : "I-") + name.nameClass().name());
        }
        at = name.end();
      }
      tokens.addAll(sentence.tokens().subList(at, sentence.size()));
      labels.addAll(sentence.labels().subList(at, sentence.size()));
      copy.add(new ConllSentence(tokens, labels, sentence.documentStart()));
    }
    return copy;
  }

  // per class, each distinct name to the name that replaces it (a random permutation)
  private static Map<NameClass, Map<String, String>> replacements(
      List<ConllSentence> sentences, Random random) {
    Map<NameClass, Set<String>> names = new EnumMap<>(NameClass.class);
    for (ConllSentence sentence : sentences) {
      for (LabelSpan name : LabelSpan.of(sentence.labels())) {
        names
            .computeIfAbsent(name.nameClass(), c -> new LinkedHashSet<>())
            .add(text(sentence, name));
      }
    }
    Map<NameClass, Map<String, String>> replacements = new EnumMap<>(NameClass.class);
    names.forEach(
        (nameClass, distinct) -> {
          List<String> from = new ArrayList<>(distinct);
          List<String> to = new ArrayList<>(from);
          Collections.shuffle(to, random);
          Map<String, String> map = new HashMap<>();
          for (int i = 0; i < from.size(); i++) {
            map.put(from.get(i), to.get(i));
          }
          replacements.put(nameClass, map);
        });
    return replacements;
  }

  private static String text(ConllSentence sentence, LabelSpan name) {
    return String.join(" ", sentence.tokens().subList(name.start(), name.end()));
  }
}
