package io.newsetl.enrich.entities.kb;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The names of CLDR territories and world regions in the knowledge-base languages, from ICU. */
final class IcuPlaceNames {

  private static final Map<String, LocaleDisplayNames> DISPLAY_NAMES = new LinkedHashMap<>();

  static {
    KbTable.LANGUAGES.forEach(
        l -> DISPLAY_NAMES.put(l, LocaleDisplayNames.getInstance(new ULocale(l))));
  }

  private IcuPlaceNames() {}

  /** Two-letter codes of every CLDR territory, sorted. */
  static Set<String> territories() {
    Set<String> codes = new TreeSet<>();
    for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
      String code = region.toString();
      if (code.length() == 2 && !"ZZ".equals(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  /** Numeric codes of the continents and sub-continents, and Latin America (419), sorted. */
  static Set<String> regions() {
    Set<String> codes = new TreeSet<>();
    for (Region.RegionType type :
        List.of(Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT)) {
      Region.getAvailable(type).forEach(r -> codes.add(r.toString()));
    }
    codes.add("419");
    codes.removeIf(code -> !code.chars().allMatch(Character::isDigit));
    return codes;
  }

  /** The English name of a region code. */
  static String english(String code) {
    return displayName(code, "en");
  }

  /**
   * The names of a region code by language: the CLDR name and, when it has a part in parentheses,
   * the name without it and the part alone ("Myanmar (Burma)" → "Myanmar", "Burma").
   */
  static Map<String, List<String>> names(String code) {
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    for (String language : KbTable.LANGUAGES) {
      String name = displayName(code, language);
      List<String> names = new ArrayList<>(3);
      if (!name.isBlank() && !name.equals(code)) {
        names.add(name);
        int open = name.indexOf('(');
        int close = name.indexOf(')');
        if (open > 0 && close > open) {
          names.add(name.substring(0, open).strip());
          names.add(name.substring(open + 1, close).strip());
        }
      }
      byLanguage.put(language, names);
    }
    return byLanguage;
  }

  private static String displayName(String code, String language) {
    return DISPLAY_NAMES.get(language).regionDisplayName(code);
  }
}
