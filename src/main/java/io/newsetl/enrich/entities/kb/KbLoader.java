package io.newsetl.enrich.entities.kb;

import com.ibm.icu.util.LocaleData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the bundled knowledge base from its resources: {@code countries.tsv} and {@code
 * regions.tsv} joined with the CLDR names from ICU, {@code entities.tsv}, and the news
 * organizations of the source extractor's {@code outlets.tsv}.
 */
final class KbLoader {

  private static final String OUTLETS = "/io/newsetl/enrich/sources/outlets.tsv";

  private final List<KbEntity> entities = new ArrayList<>();
  private final List<KbAlias> aliases = new ArrayList<>();

  private KbLoader() {}

  static KnowledgeBase bundled() {
    KbTable countries = table("countries.tsv", 10);
    KbTable regions = table("regions.tsv", 10);
    KbTable hand = table("entities.tsv", 11);
    KbTable outlets = KbTable.read(OUTLETS, KbLoader.class.getResourceAsStream(OUTLETS), 10);
    KbLoader loader = new KbLoader();
    loader.places(countries, IcuPlaceNames.territories(), "ne:territory/", true);
    loader.places(regions, IcuPlaceNames.regions(), "ne:region/", false);
    hand.rows().forEach(loader::handEntity);
    outlets.rows().forEach(loader::outlet);
    String version =
        "countries-"
            + countries.version()
            + ".regions-"
            + regions.version()
            + ".entities-"
            + hand.version()
            + ".outlets-"
            + outlets.version()
            + "+cldr-"
            + LocaleData.getCLDRVersion();
    return new KnowledgeBase(loader.entities, loader.aliases, version);
  }

  private static KbTable table(String name, int columns) {
    return KbTable.read(name, KbLoader.class.getResourceAsStream(name), columns);
  }

  private void places(KbTable table, Set<String> codes, String idPrefix, boolean territories) {
    Map<String, KbTable.Row> rows = new HashMap<>();
    table.rows().forEach(row -> rows.put(row.cell(0), row));
    for (String code : codes) {
      KbTable.Row row = rows.get(code);
      boolean known = row != null && !row.cell(1).isEmpty();
      String canonical =
          row != null && !row.cell(2).isEmpty() ? row.cell(2) : IcuPlaceNames.english(code);
      EntityType type =
          !territories ? EntityType.REGION : known ? EntityType.COUNTRY : EntityType.TERRITORY;
      KbEntity entity =
          new KbEntity(known ? row.cell(1) : idPrefix + code, canonical, type, List.of());
      entities.add(entity);
      Set<String> ambiguous = new HashSet<>();
      if (row != null) {
        for (int i = 0; i < KbTable.LANGUAGES.size(); i++) {
          for (String alias : row.aliases(3 + i)) {
            KbAlias parsed = addAlias(entity, KbTable.LANGUAGES.get(i), alias);
            if (parsed.ambiguous()) {
              ambiguous.add(NameNormalizer.fold(parsed.text()));
            }
          }
        }
      }
      IcuPlaceNames.names(code)
          .forEach(
              (language, names) ->
                  names.stream()
                      .filter(name -> !ambiguous.contains(NameNormalizer.fold(name)))
                      .forEach(
                          name ->
                              aliases.add(
                                  new KbAlias(entity, language, name, false, false, false))));
      aliases.add(
          new KbAlias(
              entity,
              "en",
              canonical,
              false,
              ambiguous.contains(NameNormalizer.fold(canonical)),
              false));
    }
  }

  private void handEntity(KbTable.Row row) {
    EntityType type;
    try {
      type = EntityType.valueOf(row.cell(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "entities.tsv line " + row.line() + ": type " + row.cell(1), e);
    }
    List<String> context =
        "-".equals(row.cell(3)) || row.cell(3).isEmpty()
            ? List.of()
            : List.of(row.cell(3).split(","));
    KbEntity entity = new KbEntity(row.cell(0), row.cell(2), type, context);
    entities.add(entity);
    addAliases(entity, row, 4);
  }

  private void outlet(KbTable.Row row) {
    EntityType type =
        "NEWS_AGENCY".equals(row.cell(1).toUpperCase(Locale.ROOT))
            ? EntityType.NEWS_AGENCY
            : EntityType.NEWS_ORGANIZATION;
    KbEntity entity = new KbEntity(row.cell(0), row.cell(2), type, List.of());
    entities.add(entity);
    addAliases(entity, row, 3);
  }

  /** Adds a marked alias, with its other forms when it is an adjective or demonym. */
  private KbAlias addAlias(KbEntity entity, String language, String marked) {
    KbAlias parsed = KbAlias.parse(entity, language, marked);
    if (!parsed.nationality()) {
      aliases.add(parsed);
      return parsed;
    }
    for (String form : NationalityForms.of(parsed.text(), language)) {
      aliases.add(
          new KbAlias(entity, language, form, true, parsed.ambiguous(), parsed.caseSensitive()));
    }
    return parsed;
  }

  private void addAliases(KbEntity entity, KbTable.Row row, int firstColumn) {
    for (int i = 0; i < KbTable.LANGUAGES.size(); i++) {
      String language = KbTable.LANGUAGES.get(i);
      row.aliases(firstColumn + i).forEach(alias -> addAlias(entity, language, alias));
    }
  }
}
