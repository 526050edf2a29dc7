package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The observation features of each token of a sentence: words and lowercase (for Arabic, normalized
 * and clitic-stripped) forms in a ±2 window, prefixes and suffixes of 1 to 4 characters, word
 * shapes, capitalization and sentence position, word-pair conjunctions, and word clusters in a ±2
 * window, the name classes the training data saw each word of the ±1 window in, the names of the
 * training data found in the ±1 window (as whole word sequences), the known names (of a knowledge
 * base) found in the ±2 window, and for Arabic the name cues ({@link ArabicNameCues}) of the words
 * at −3 to +1 and the clitic prefixes of the words at ±1; in a whole text, for Arabic, also what
 * the word's other mentions in nearby sentences say ({@link NearbyMentions}). Immutable and
 * thread-safe.
 */
public final class FeatureExtractor {

  // the feature templates: each feature is one of these prefixes followed by token values
  private static final FeatureTemplate BIAS = FeatureTemplate.of("b");
  private static final FeatureTemplate[] FORM =
      FeatureTemplate.all("l-2=", "l-1=", "l0=", "l1=", "l2=");
  private static final FeatureTemplate[] SHAPE =
      FeatureTemplate.all("s-2=", "s-1=", "s0=", "s1=", "s2=");
  private static final FeatureTemplate[] WORD = FeatureTemplate.all("w-1=", "w0=", "w1=");
  private static final FeatureTemplate FORMS_BEFORE = FeatureTemplate.of("l-1l0=");
  private static final FeatureTemplate FORMS_AFTER = FeatureTemplate.of("l0l1=");
  private static final FeatureTemplate SHAPES_AROUND = FeatureTemplate.of("s-1s0s1=");
  // per clustering slot (WordClusters): slot 0 as a model of one member has them, slot k written
  // with "k:" before them
  private static final FeatureTemplate[][] COARSE = inSlots("c-2=", "c-1=", "c0=", "c1=", "c2=");
  private static final FeatureTemplate[][] FINE = inSlots("f-1=", "f0=", "f1=");
  private static final FeatureTemplate[][] COARSE_PAIRS = inSlots("c-1c0=", "c0c1=");
  private static final FeatureTemplate STEM = FeatureTemplate.of("stem=");
  private static final FeatureTemplate CLITIC = FeatureTemplate.of("clitic=");
  private static final FeatureTemplate[] PREFIX =
      FeatureTemplate.all("p1=", "p2=", "p3=", "p4=", "p5=");
  private static final FeatureTemplate[] SUFFIX =
      FeatureTemplate.all("x1=", "x2=", "x3=", "x4=", "x5=");
  // letter sequences inside an Arabic stem, by length from 3 (those at its edges are affixes)
  private static final FeatureTemplate[] INNER = FeatureTemplate.all("n3=", "n4=");
  private static final FeatureTemplate LONG_SHAPE = FeatureTemplate.of("shape=");
  private static final FeatureTemplate ALL_CAPS = FeatureTemplate.of("allcaps");
  private static final FeatureTemplate HYPHEN = FeatureTemplate.of("hyphen");
  private static final FeatureTemplate[] NAME_CLASS =
      Arrays.stream(NameClass.values())
          .map(c -> FeatureTemplate.of("g=" + c.ordinal()))
          .toArray(FeatureTemplate[]::new);
  private static final FeatureTemplate NAMES_BEFORE = FeatureTemplate.of("g-1=");
  private static final FeatureTemplate NAMES_AFTER = FeatureTemplate.of("g1=");
  private static final FeatureTemplate[] TRAINING_NAMES =
      FeatureTemplate.all("tn-1=", "tn0=", "tn1=");
  private static final FeatureTemplate[] KNOWN =
      FeatureTemplate.all("kb-2=", "kb-1=", "kb0=", "kb1=", "kb2=");
  private static final FeatureTemplate STEM_BEFORE = FeatureTemplate.of("st-1=");
  private static final FeatureTemplate STEM_AFTER = FeatureTemplate.of("st1=");
  private static final FeatureTemplate[] CUE =
      FeatureTemplate.all("cue-3=", "cue-2=", "cue-1=", "cue0=", "cue1=");
  private static final FeatureTemplate CLITIC_BEFORE = FeatureTemplate.of("cl-1=");
  private static final FeatureTemplate CLITIC_AFTER = FeatureTemplate.of("cl1=");
  private static final FeatureTemplate FIRST = FeatureTemplate.of("first|");
  private static final FeatureTemplate NEARBY_COUNT = FeatureTemplate.of("nm=");
  private static final FeatureTemplate[] NEARBY_CUE =
      FeatureTemplate.all("nmc-1=", "nmc-2=", "nmg-1=", "nmg1=");
  private static final String[] COUNTS = {"0", "1", "2", "3"};

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

  /**
   * The key of a word of a known name in this language ({@link ArabicNormalizer#nameKey} for
   * Arabic, else the word); an Arabic text word matches it by its stem, with its article if it had
   * one, or by its whole normalized form.
   */
  public String knownNameKey(String word) {
    return arabic ? ArabicNormalizer.nameKey(word) : word;
  }

  /** The cluster key of a word in this language: the clitic-free stem for Arabic, else the word. */
  public String clusterKey(String word) {
    return arabic ? ArabicNormalizer.stem(word) : word;
  }

  /** The features of every token, one list per token, in order. */
  public List<List<String>> extract(List<String> tokens) {
    FeatureStrings strings = new FeatureStrings();
    extract(tokens, null, strings);
    return strings.tokens();
  }

  /**
   * The features of every token of consecutive sentences of one text, per sentence and token, in
   * order: those of {@link #extract} and, for Arabic, those of the token's other mentions in nearby
   * sentences ({@link NearbyMentions}).
   */
  public List<List<List<String>>> extractText(List<List<String>> sentences) {
    return extractTextAfter(sentences, null);
  }

  /**
   * {@link #extractText(List)} for a second tagging pass: with the features of the first pass's
   * labels ({@link FirstPassLabels}; {@link NameLabels} indexes, one array per sentence) unless
   * {@code firstPass} is null.
   */
  List<List<List<String>>> extractTextAfter(List<List<String>> sentences, List<int[]> firstPass) {
    List<List<List<String>>> all = new ArrayList<>(sentences.size());
    extractText(
        sentences,
        firstPass,
        s -> {
          FeatureStrings strings = new FeatureStrings();
          all.add(strings.tokens());
          return strings;
        });
    return all;
  }

  /**
   * Sends the features of every token of consecutive sentences of one text (see {@link
   * #extractText(List)}), sentence after sentence, to the sink {@code sinks} gives for the
   * sentence's index.
   */
  List<FeatureValues> extractText(
      List<List<String>> sentences, IntFunction<? extends FeatureSink> sinks) {
    return extractText(sentences, null, sinks);
  }

  /**
   * {@link #extractText(List, IntFunction)} with the features of the first pass's labels unless
   * {@code firstPass} is null (see {@link #extractTextAfter}). Returns the key of each token per
   * sentence (see {@link #keysOfText}).
   */
  List<FeatureValues> extractText(
      List<List<String>> sentences,
      List<int[]> firstPass,
      IntFunction<? extends FeatureSink> sinks) {
    List<SentenceValues> values = new ArrayList<>(sentences.size());
    for (List<String> tokens : sentences) {
      values.add(new SentenceValues(tokens, arabic, clusters, gazetteer, aliases));
    }
    List<NearbyMentions.Others[]> nearby = arabic ? NearbyMentions.of(values) : null;
    int[][][] labels = firstPass == null ? null : FirstPassLabels.idsOf(keys(values), firstPass);
    for (int s = 0; s < values.size(); s++) {
      extract(
          values.get(s),
          nearby == null ? null : nearby.get(s),
          labels == null ? null : labels[s],
          sinks.apply(s));
    }
    return keys(values);
  }

  /**
   * The key of each token of each sentence, as {@link FirstPassLabels} groups mentions by: its
   * clitic-free stem for Arabic, else its lowercase form.
   */
  List<FeatureValues> keysOfText(List<List<String>> sentences) {
    return sentences.stream()
        .map(tokens -> new SentenceValues(tokens, arabic, clusters, gazetteer, aliases).bases)
        .toList();
  }

  /** Sends the features of every token, in order, to {@code sink}; returns their keys. */
  FeatureValues extract(List<String> tokens, FeatureSink sink) {
    return extract(tokens, null, sink);
  }

  /**
   * Sends the features of every token, in order, to {@code sink}; with those of the first pass's
   * labels of the sentence ({@link FirstPassLabels}) unless {@code firstPass} is null. Returns the
   * key of each token (see {@link #keysOfText}).
   */
  FeatureValues extract(List<String> tokens, int[] firstPass, FeatureSink sink) {
    SentenceValues v = new SentenceValues(tokens, arabic, clusters, gazetteer, aliases);
    int[][] labels =
        firstPass == null ? null : FirstPassLabels.idsOf(keys(List.of(v)), List.of(firstPass))[0];
    extract(v, null, labels, sink);
    return v.bases;
  }

  private static List<FeatureValues> keys(List<SentenceValues> values) {
    return values.stream().map(v -> v.bases).toList();
  }

  // nearby: per token, its other mentions in nearby sentences (null: not looked at); labels: per
  // token, the ids of the features of the first pass's labels (null: none)
  private void extract(
      SentenceValues v, NearbyMentions.Others[] nearby, int[][] labels, FeatureSink sink) {
    for (int i = 0; i < v.size(); i++) {
      sink.startToken(i);
      sink.emit(BIAS);
      window(sink, v, i);
      clusterWindow(sink, v, i);
      word(sink, v, i);
      names(sink, v, i);
      known(sink, v, i);
      position(sink, v, i);
      if (nearby != null) {
        nearby(sink, nearby[i]);
      }
      if (labels != null) {
        for (int f : labels[i]) {
          sink.emit(FirstPassLabels.TEMPLATES[f]);
        }
      }
    }
  }

  private static void nearby(FeatureSink f, NearbyMentions.Others others) {
    if (others == null) {
      return;
    }
    f.emit(NEARBY_COUNT, COUNTS[others.count()], 0, 1);
    for (NearbyMentions.Cue cue : others.cues()) {
      String value = cue.value();
      f.emit(NEARBY_CUE[cue.place().ordinal()], value, 0, value.length());
    }
  }

  private void position(FeatureSink f, SentenceValues v, int i) {
    if (arabic) {
      f.emit(STEM_BEFORE, v.stems, i - 1);
      f.emit(STEM_AFTER, v.stems, i + 1);
      for (int d = -3; d <= 1; d++) {
        if (v.cues.has(i + d)) {
          f.emit(CUE[d + 3], v.cues, i + d);
        }
      }
      f.emit(CLITIC_BEFORE, v.clitics, i - 1);
      f.emit(CLITIC_AFTER, v.clitics, i + 1);
    }
    if (i == 0) {
      f.emit(FIRST, v.shapes, i);
    }
  }

  private static void window(FeatureSink f, SentenceValues v, int i) {
    for (int d = -2; d <= 2; d++) {
      f.emit(FORM[d + 2], v.forms, i + d);
      f.emit(SHAPE[d + 2], v.shapes, i + d);
      if (Math.abs(d) <= 1 && v.words.has(i + d)) {
        f.emit(WORD[d + 1], v.words, i + d);
      }
    }
    f.emit(FORMS_BEFORE, v.forms, i - 1, v.forms, i);
    f.emit(FORMS_AFTER, v.forms, i, v.forms, i + 1);
    f.emitAround(SHAPES_AROUND, v.shapes, i);
  }

  private static void clusterWindow(FeatureSink f, SentenceValues v, int i) {
    for (int k = 0; k < v.coarse.length; k++) {
      FeatureValues coarse = v.coarse[k];
      if (coarse == null) {
        continue;
      }
      if (k > 0) {
        // another member's clustering: the word's coarse cluster and the fine ones at ±1 only,
        // which scored as high in cross-validation as the whole window for less than half the
        // features
        f.emit(COARSE[k][2], coarse, i);
        for (int d = -1; d <= 1; d++) {
          f.emit(FINE[k][d + 1], v.fine[k], i + d);
        }
        continue;
      }
      for (int d = -2; d <= 2; d++) {
        f.emit(COARSE[k][d + 2], coarse, i + d);
        if (Math.abs(d) <= 1) {
          f.emit(FINE[k][d + 1], v.fine[k], i + d);
        }
      }
      f.emit(COARSE_PAIRS[k][0], coarse, i - 1, coarse, i);
      f.emit(COARSE_PAIRS[k][1], coarse, i, coarse, i + 1);
    }
  }

  // the templates of each clustering slot
  private static FeatureTemplate[][] inSlots(String... prefixes) {
    FeatureTemplate[][] slots = new FeatureTemplate[WordClusters.MAX_SLOTS][];
    for (int k = 0; k < slots.length; k++) {
      String slot = k == 0 ? "" : k + ":";
      slots[k] =
          Arrays.stream(prefixes)
              .map(p -> FeatureTemplate.of(slot + p))
              .toArray(FeatureTemplate[]::new);
    }
    return slots;
  }

  private static void known(FeatureSink f, SentenceValues v, int i) {
    for (int d = -2; d <= 2; d++) {
      if (v.known.has(i + d)) {
        f.emit(KNOWN[d + 2], v.known, i + d);
      }
    }
  }

  private static void names(FeatureSink f, SentenceValues v, int i) {
    for (int c = 0; c < NAME_CLASS.length; c++) {
      if ((v.nameMasks[i] & 1 << c) != 0) {
        f.emit(NAME_CLASS[c]);
      }
    }
    f.emit(NAMES_BEFORE, v.names, i - 1);
    f.emit(NAMES_AFTER, v.names, i + 1);
    for (int d = -1; d <= 1; d++) {
      if (v.trainingNames.has(i + d)) {
        f.emit(TRAINING_NAMES[d + 1], v.trainingNames, i + d);
      }
    }
  }

  private void word(FeatureSink f, SentenceValues v, int i) {
    if (arabic) {
      f.emit(STEM, v.stems, i);
      f.emit(CLITIC, v.clitics, i);
    }
    String base = v.bases.text(i);
    for (int k = 1; k <= (arabic ? 5 : 4) && k <= base.length(); k++) {
      f.emit(PREFIX[k - 1], base, 0, k);
      f.emit(SUFFIX[k - 1], base, base.length() - k, base.length());
    }
    if (arabic) {
      inner(f, base);
    }
    f.emit(LONG_SHAPE, v.longShapes, i);
    String word = v.word(i);
    if (word.length() > 1 && allUpperCase(word)) {
      f.emit(ALL_CAPS);
    }
    if (word.indexOf('-') > 0) {
      f.emit(HYPHEN);
    }
  }

  // the letter sequences of 3 and 4 that neither begin nor end the stem: how a name sounds (a
  // transliterated foreign name, a pattern of Arabic word formation) beyond its prefix and suffix
  private static void inner(FeatureSink f, String stem) {
    for (int n = 3; n < 3 + INNER.length; n++) {
      for (int k = 1; k + n < stem.length(); k++) {
        f.emit(INNER[n - 3], stem, k, k + n);
      }
    }
  }

  private static boolean allUpperCase(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isUpperCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
