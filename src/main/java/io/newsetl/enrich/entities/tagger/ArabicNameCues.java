package io.newsetl.enrich.entities.tagger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Arabic words that announce or join names: person titles and roles (الرئيس, الشيخ, وزير), verbs of
 * saying (قال, اكد), organization heads (شركة, حزب, جامعة), place heads (مدينة, عاصمة) and the
 * connectors inside person names (بن, ابو, عبد). Words are matched on their normalized form and on
 * their clitic-free stem. Stateless and thread-safe.
 */
final class ArabicNameCues {

  private static final Map<String, String> CUES = new HashMap<>();

  static {
    add(
        "title",
        "رئيس رئيسه سيد سيده شيخ امير اميره ملك ملكه وزير وزيره متحدث متحدثه دكتور مستشار"
            + " نائب سفير جنرال عقيد لواء عميد مدرب لاعب كاتب كاتبه فنان فنانه مخرج شاعر زعيم مرشح نجم"
            + " زميل مبعوث مندوب قائد مدير مديره امين حاكم محافظ رئيسي الاستاذ استاذ المهندس مهندس"
            + " قاضي مفتي بابا البابا اللاعب المدرب الرئيس الشيخ الامير الملك الوزير السيد السيده");
    add(
        "say",
        "قال قالت اكد اكدت اضاف اضافت صرح صرحت اوضح اوضحت ذكر ذكرت اشار اشارت اعلن اعلنت"
            + " اعتبر اعتبرت تابع تابعت راي رات يقول تقول طالب طالبت دعا دعت وصف وصفت");
    add(
        "org",
        "شركه حزب جامعه وكاله مجلس حركه جمعيه بنك مصرف صحيفه جريده اتحاد نادي فريق مؤسسه"
            + " هيئه جبهه منتخب منظمه مجموعه معهد مركز قناه اذاعه تلفزيون محطه مصنع وزاره محكمه"
            + " لجنه برلمان جيش قوات");
    add(
        "place",
        "مدينه عاصمه دوله ولايه جزيره جزر نهر بحر منطقه مقاطعه محافظه قريه بلده اقليم"
            + " بلاد جمهوريه مملكه اماره");
    add("join", "بن ابن بنت ابو ابي ام عبد ال");
  }

  private ArabicNameCues() {}

  private static void add(String kind, String words) {
    for (String w : words.split(" ")) {
      CUES.putIfAbsent(ArabicNormalizer.normalize(w), kind);
    }
  }

  /**
   * The kind of cue a word is ({@code title}, {@code say}, {@code org}, {@code place}, {@code
   * join}), if any.
   */
  static Optional<String> of(String word) {
    return Optional.ofNullable(
        kindOf(ArabicNormalizer.normalize(word), ArabicNormalizer.stem(word)));
  }

  /** {@link #of} given the word's normalized form and stem; null when it is no cue. */
  static String kindOf(String normalized, String stem) {
    String kind = CUES.get(normalized);
    return kind != null ? kind : CUES.get(stem);
  }
}
