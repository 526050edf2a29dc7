package io.newsetl.enrich.entities.tagger;

import java.util.List;
import java.util.Locale;

/**
 * The per-token values of a sentence that {@link FeatureExtractor} makes features of, each computed
 * once per sentence: words, lowercase (for Arabic, normalized) forms, collapsed and long shapes,
 * clusters, gazetteer classes, marks of the names seen in training and known-name marks, and for
 * Arabic stems, clitic prefixes and name cues (null for other languages). Not thread-safe: one per
 * sentence.
 */
final class SentenceValues {

  private static final int LONG_SHAPE_CHARACTERS = 12;

  final FeatureValues words;
  final FeatureValues forms;
  final FeatureValues shapes;
  final FeatureValues longShapes;
  // per clustering slot (WordClusters), null where the slot is empty
  final FeatureValues[] coarse;
  final FeatureValues[] fine;
  final int[] nameMasks;
  final FeatureValues names;
  final FeatureValues trainingNames;
  final FeatureValues known;
  final FeatureValues stems;
  final FeatureValues clitics;
  final FeatureValues cues;

  /** The stems for Arabic, else the forms: what prefixes and suffixes are taken of. */
  final FeatureValues bases;

  private final String[] tokens;

  SentenceValues(
      List<String> tokens,
      boolean arabic,
      WordClusters clusters,
      NameGazetteer gazetteer,
      AliasGazetteer aliases) {
    int n = tokens.size();
    this.tokens = tokens.toArray(new String[0]);
    String[] forms = new String[n];
    String[] stems = new String[n];
    String[] keys = new String[n];
    String[] definite = arabic ? new String[n] : null;
    String[] shapes = new String[n];
    String[] longShapes = new String[n];
    int slots = clusters.slots();
    String[][] coarse = new String[slots][];
    String[][] fine = new String[slots][];
    for (int k = 0; k < slots; k++) {
      if (clusters.has(k)) {
        coarse[k] = new String[n];
        fine[k] = new String[n];
      }
    }
    String[] names = new String[n];
    nameMasks = new int[n];
    for (int i = 0; i < n; i++) {
      String w = this.tokens[i];
      forms[i] = arabic ? ArabicNormalizer.normalize(w) : w.toLowerCase(Locale.ROOT);
      stems[i] = arabic ? ArabicNormalizer.stemOfNormalized(forms[i]) : null;
      keys[i] = arabic ? stems[i] : w;
      if (arabic) {
        definite[i] = ArabicNormalizer.definiteStem(forms[i], stems[i]);
      }
      shapes[i] = WordShape.collapsed(w);
      longShapes[i] =
          WordShape.of(
              w.length() > LONG_SHAPE_CHARACTERS ? w.substring(0, LONG_SHAPE_CHARACTERS) : w);
      for (int k = 0; k < slots; k++) {
        if (coarse[k] != null) {
          int cluster = clusters.fineId(keys[i], k);
          coarse[k][i] = WordClusters.coarseOf(cluster);
          fine[k][i] = WordClusters.fineOf(cluster);
        }
      }
      nameMasks[i] = gazetteer.classesOf(keys[i]);
      names[i] = Integer.toString(nameMasks[i]);
    }
    this.words = FeatureValues.of(this.tokens);
    this.forms = FeatureValues.of(forms);
    this.shapes = FeatureValues.of(shapes);
    this.longShapes = FeatureValues.of(longShapes);
    this.coarse = new FeatureValues[slots];
    this.fine = new FeatureValues[slots];
    for (int k = 0; k < slots; k++) {
      if (coarse[k] != null) {
        this.coarse[k] = FeatureValues.of(coarse[k]);
        this.fine[k] = FeatureValues.of(fine[k]);
      }
    }
    this.names = FeatureValues.of(names, "-1");
    this.trainingNames = FeatureValues.of(gazetteer.nameMarks(keys));
    this.known =
        FeatureValues.of(
            aliases.size() == 0
                ? new String[n]
                : arabic ? aliases.marks(definite, keys, forms) : aliases.marks(keys));
    this.stems = arabic ? FeatureValues.of(stems) : null;
    this.clitics = arabic ? FeatureValues.of(clitics(forms, stems)) : null;
    this.cues = arabic ? FeatureValues.of(cues(forms, stems)) : null;
    this.bases = arabic ? this.stems : this.forms;
  }

  /** The number of tokens. */
  int size() {
    return tokens.length;
  }

  /** The word at {@code i}. */
  String word(int i) {
    return tokens[i];
  }

  private static String[] clitics(String[] forms, String[] stems) {
    String[] clitics = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      clitics[i] = forms[i].substring(0, forms[i].length() - stems[i].length());
    }
    return clitics;
  }

  private static String[] cues(String[] forms, String[] stems) {
    String[] cues = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      cues[i] = ArabicNameCues.kindOf(forms[i], stems[i]);
    }
    return cues;
  }
}
