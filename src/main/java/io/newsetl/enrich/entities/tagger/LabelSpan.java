package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.util.ArrayList;
import java.util.List;

/**
 * A name as a token range of a sentence.
 *
 * @param start index of the first token
 * @param end index after the last token (exclusive)
 * @param nameClass the class of the name
 */
public record LabelSpan(int start, int end, NameClass nameClass) {

  /**
   * The names of an IOB label sequence, as conlleval reads it: a {@code B-X} starts a name, an
   * {@code I-X} continues a name of type X and otherwise starts one, {@code O} ends it.
   */
  public static List<LabelSpan> of(List<String> labels) {
    List<LabelSpan> spans = new ArrayList<>();
    int start = -1;
    NameClass open = null;
    for (int i = 0; i <= labels.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "O";
      NameClass type = label.equals("O") ? null : NameClass.valueOf(label.substring(2));
      boolean continues = type != null && type == open && label.charAt(0) == 'I';
      if (!continues && open != null) {
        spans.add(new LabelSpan(start, i, open));
        open = null;
      }
      if (type != null && !continues) {
        start = i;
        open = type;
      }
    }
    return spans;
  }
}
