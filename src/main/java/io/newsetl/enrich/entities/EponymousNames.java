package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.NameNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places and institutions named after a person, as Arabic writes them: a head noun followed by the
 * person's name ("مستشفى الملك فهد", King Fahd Hospital; "مركز الملك سلمان للإغاثة"; "طريق الملك
 * عبدالله"; "مؤسسة محمد بن سلمان"). The name there is not a mention of the person, so a mention
 * linked to a person right after such a head becomes the place or institution instead: one unlinked
 * mention from the head to the end of the name, a location (street, road, airport, city, district,
 * square, bridge, stadium, port, station, mosque, hall, complex), an organization (centre,
 * foundation, hospital, university, library, college, school, institute, fund, association) or MISC
 * (prize, programme), with the person mention's confidence. In 1,800 SaudiNewsNet articles, about
 * 4% of the mentions linked to a person were such names (مركز الملك سلمان 52 times). The head may
 * carry a clitic (بمستشفى, لمركز, ومطار), which stays outside the mention; only spaces may stand
 * between the head and the name. Stateless and thread-safe.
 */
final class EponymousNames {

  private static final Map<String, NameClass> HEADS = new HashMap<>();

  static {
    add(
        NameClass.LOCATION,
        "شارع طريق مطار مدينة حي ميدان جسر ملعب استاد ستاد ميناء محطة مسجد جامع قاعة مجمع");
    add(NameClass.ORGANIZATION, "مركز مؤسسة مستشفى جامعة مكتبة كلية مدرسة معهد صندوق جمعية دارة");
    add(NameClass.MISC, "جائزة برنامج");
  }

  private EponymousNames() {}

  private static void add(NameClass type, String heads) {
    for (String head : heads.split(" ")) {
      HEADS.put(head, type);
    }
  }

  /**
   * {@code mentions} (in text order) with each mention linked to a person that follows a head noun
   * replaced by the place or institution it names; the others unchanged.
   */
  static List<EntityMention> rename(String text, List<EntityMention> mentions) {
    List<EntityMention> out = new ArrayList<>(mentions.size());
    int previousEnd = 0;
    for (EntityMention m : mentions) {
      EntityMention result = m;
      if (m.type() == NameClass.PERSON && m.id().isPresent()) {
        result = named(text, m, previousEnd).orElse(m);
      }
      out.add(result);
      previousEnd = result.end();
    }
    return out;
  }

  // the place or institution that the head before m names, when there is one after notBefore
  private static Optional<EntityMention> named(String text, EntityMention m, int notBefore) {
    int end = m.start();
    while (end > notBefore && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > notBefore && isArabicLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == end || end == m.start()) {
      return Optional.empty();
    }
    String word = text.substring(start, end);
    for (int clitic = 0; clitic <= Math.min(2, word.length() - 2); clitic++) {
      String head = word.substring(clitic);
      NameClass type = HEADS.get(head);
      if (type != null
          && (clitic == 0 || NameNormalizer.isArabicPrefix(word.substring(0, clitic)))) {
        int from = start + clitic;
        String surface = text.substring(from, m.end());
        return Optional.of(
            new EntityMention(
                surface,
                from,
                m.end(),
                type,
                type.name(),
                CanonicalNames.of(surface),
                Optional.empty(),
                m.confidence()));
      }
    }
    return Optional.empty();
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }
}
