package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The observation features of each token of a sentence: words and lowercase (for Arabic, normalized
 * and clitic-stripped) forms in a ±2 window, prefixes and suffixes of 1 to 4 characters, word
 * shapes, capitalization and sentence position, word-pair conjunctions, and word clusters in a ±2
 * window, the name classes the training data saw each word of the ±1 window in, the known names (of
 * a knowledge base) found in the ±2 window, and for Arabic the name cues ({@link ArabicNameCues})
 * of the words at −3 to +1. Immutable and thread-safe.
 */
public final class FeatureExtractor {

  private static final String[] NONE = {"<s>", "<s>", "</s>", "</s>"};

  private final boolean arabic;
  private final WordClusters clusters;
  private final NameGazetteer gazetteer;
  private final AliasGazetteer aliases;

  /** An extractor for {@code language} (ISO 639-1) with the given cluster table and gazetteer. */
  public FeatureExtractor(String language, WordClusters clusters, NameGazetteer gazetteer) {
    this(language, clusters, gazetteer, AliasGazetteer.empty());
  }

  /** An extractor that also marks the known names of {@code aliases}. */
  public FeatureExtractor(
      String language, WordClusters clusters, NameGazetteer gazetteer, AliasGazetteer aliases) {
    this.arabic = language.equals("ar");
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.aliases = aliases;
  }

  /**
   * The gazetteer key of a word in this language: the clitic-free stem for Arabic, else the word.
   */
  public String gazetteerKey(String word) {
    return arabic ? ArabicNormalizer.stem(word) : word;
  }

  /** The cluster key of a word in this language: the clitic-free stem for Arabic, else the word. */
  public String clusterKey(String word) {
    return arabic ? ArabicNormalizer.stem(word) : word;
  }

  /**
   * The features of every token of consecutive sentences of one text, per sentence and token, in
   * order: those of {@link #extract} and, for Arabic, those of the token's other mentions in nearby
   * sentences ({@link NearbyMentions}).
   */
  public List<List<List<String>>> extractText(List<List<String>> sentences) {
    List<List<List<String>>> all = new ArrayList<>(sentences.size());
    for (List<String> tokens : sentences) {
      all.add(extract(tokens));
    }
    if (arabic) {
      List<List<List<String>>> nearby =
          new NearbyMentions(this::gazetteerKey, gazetteer::classesOf).features(sentences);
      for (int s = 0; s < all.size(); s++) {
        for (int i = 0; i < all.get(s).size(); i++) {
          all.get(s).get(i).addAll(nearby.get(s).get(i));
        }
      }
    }
    return all;
  }

  /** The features of every token, one list per token, in order. */
  public List<List<String>> extract(List<String> tokens) {
    int n = tokens.size();
    String[] forms = new String[n];
    String[] shapes = new String[n];
    String[] coarse = new String[n];
    String[] fine = new String[n];
    int[] names = new int[n];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i);
      forms[i] = arabic ? ArabicNormalizer.normalize(w) : w.toLowerCase(Locale.ROOT);
      shapes[i] = WordShape.collapsed(w);
      coarse[i] = clusters.coarse(clusterKey(w));
      fine[i] = clusters.fine(clusterKey(w));
      keys[i] = gazetteerKey(w);
      names[i] = gazetteer.classesOf(keys[i]);
    }
    String[] known = aliases.size() == 0 ? new String[n] : aliases.marks(keys);
    List<List<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(64);
      f.add("b");
      window(f, tokens, forms, shapes, i);
      clusterWindow(f, coarse, fine, i);
      word(f, tokens.get(i), forms[i]);
      names(f, names, i);
      known(f, known, i);
      position(f, tokens, shapes, i);
      all.add(f);
    }
    return all;
  }

  private void position(List<String> f, List<String> tokens, String[] shapes, int i) {
    if (arabic) {
      f.add("st-1=" + (i > 0 ? ArabicNormalizer.stem(tokens.get(i - 1)) : "<s>"));
      f.add("st1=" + (i + 1 < tokens.size() ? ArabicNormalizer.stem(tokens.get(i + 1)) : "</s>"));
      cues(f, tokens, i);
      neighbourClitics(f, tokens, i);
    }
    if (i == 0) {
      f.add("first|" + shapes[i]);
    }
  }

  private static void neighbourClitics(List<String> f, List<String> tokens, int i) {
    f.add("cl-1=" + (i > 0 ? ArabicNormalizer.prefix(tokens.get(i - 1)) : "<s>"));
    f.add("cl1=" + (i + 1 < tokens.size() ? ArabicNormalizer.prefix(tokens.get(i + 1)) : "</s>"));
  }

  private static void cues(List<String> f, List<String> tokens, int i) {
    for (int d = -3; d <= 1; d++) {
      int j = i + d;
      if (j >= 0 && j < tokens.size()) {
        int at = d;
        ArabicNameCues.of(tokens.get(j)).ifPresent(kind -> f.add("cue" + at + "=" + kind));
      }
    }
  }

  private static void window(
      List<String> f, List<String> tokens, String[] forms, String[] shapes, int i) {
    for (int d = -2; d <= 2; d++) {
      int j = i + d;
      boolean in = j >= 0 && j < tokens.size();
      String form = in ? forms[j] : NONE[d < 0 ? d + 2 : d + 1];
      f.add("l" + d + "=" + form);
      f.add("s" + d + "=" + (in ? shapes[j] : form));
      if (in && Math.abs(d) <= 1) {
        f.add("w" + d + "=" + tokens.get(j));
      }
    }
    f.add("l-1l0=" + at(forms, i - 1) + "|" + forms[i]);
    f.add("l0l1=" + forms[i] + "|" + at(forms, i + 1));
    f.add("s-1s0s1=" + at(shapes, i - 1) + "|" + shapes[i] + "|" + at(shapes, i + 1));
  }

  private static void clusterWindow(List<String> f, String[] coarse, String[] fine, int i) {
    for (int d = -2; d <= 2; d++) {
      f.add("c" + d + "=" + at(coarse, i + d));
      if (Math.abs(d) <= 1) {
        f.add("f" + d + "=" + at(fine, i + d));
      }
    }
    f.add("c-1c0=" + at(coarse, i - 1) + "|" + coarse[i]);
    f.add("c0c1=" + coarse[i] + "|" + at(coarse, i + 1));
  }

  private static void known(List<String> f, String[] known, int i) {
    for (int d = -2; d <= 2; d++) {
      int j = i + d;
      if (j >= 0 && j < known.length && known[j] != null) {
        f.add("kb" + d + "=" + known[j]);
      }
    }
  }

  private static void names(List<String> f, int[] names, int i) {
    for (int c = 0; c < NameClass.values().length; c++) {
      if ((names[i] & 1 << c) != 0) {
        f.add("g=" + c);
      }
    }
    f.add("g-1=" + (i > 0 ? names[i - 1] : -1));
    f.add("g1=" + (i + 1 < names.length ? names[i + 1] : -1));
  }

  private void word(List<String> f, String word, String form) {
    String base = arabic ? ArabicNormalizer.stem(word) : form;
    if (arabic) {
      f.add("stem=" + base);
      f.add("clitic=" + ArabicNormalizer.prefix(word));
    }
    for (int k = 1; k <= (arabic ? 5 : 4) && k <= base.length(); k++) {
      f.add("p" + k + "=" + base.substring(0, k));
      f.add("x" + k + "=" + base.substring(base.length() - k));
    }
    f.add("shape=" + WordShape.of(word.length() > 12 ? word.substring(0, 12) : word));
    if (word.length() > 1 && word.chars().allMatch(Character::isUpperCase)) {
      f.add("allcaps");
    }
    if (word.indexOf('-') > 0) {
      f.add("hyphen");
    }
  }

  private static String at(String[] values, int i) {
    return i < 0 ? "<s>" : i >= values.length ? "</s>" : values[i];
  }
}
