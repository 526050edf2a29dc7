package io.newsetl.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** The measured stages, each doing all the work of the one before it and one step more. */
public enum Stage {
  READ("a", "read bytes"),
  PARSE("b", "parse (Tika)"),
  CLEAN("c", "parse + clean"),
  ENRICH("d", "parse + clean + enrich"),
  JOB("e", "full job (Parquet)");

  private final String letter;
  private final String label;

  Stage(String letter, String label) {
    this.letter = letter;
    this.label = label;
  }

  public String letter() {
    return letter;
  }

  public String label() {
    return label;
  }

  /**
   * The stages named by a list of letters such as {@code a,b,e}, in stage order.
   *
   * @throws IllegalArgumentException for an unknown letter or an empty list
   */
  public static List<Stage> parse(String letters) {
    EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
    for (String part : letters.split(",")) {
      String letter = part.strip().toLowerCase(Locale.ROOT);
      if (letter.isEmpty()) {
        continue;
      }
      stages.add(ofLetter(letter));
    }
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("no stage named in '" + letters + "'");
    }
    return new ArrayList<>(stages);
  }

  private static Stage ofLetter(String letter) {
    for (Stage stage : values()) {
      if (stage.letter.equals(letter)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("unknown stage '" + letter + "' (stages are a, b, c, d, e)");
  }
}
