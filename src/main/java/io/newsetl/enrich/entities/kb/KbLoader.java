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
 * regions.tsv} joined with the CLDR names from ICU, the hand-written entity files ({@code
 * entities.tsv}, {@code people.tsv}, {@code organizations.tsv}, {@code places.tsv}, one format),
 * and the news organizations of the source extractor's {@code outlets.tsv}.
 *
 * @throws IllegalArgumentException when a file has an unknown type or repeats an entity id
 */
final class KbLoader {

  private static final String OUTLETS = "/io/newsetl/enrich/sources/outlets.tsv";
  private static final List<String> HAND_WRITTEN =
      List.of("entities", "people", "organizations", "places");

  private final List<KbEntity> entities = new ArrayList<>();
  private final List<KbAlias> aliases = new ArrayList<>();
  private final List<KbExclusion> exclusions = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  private KbLoader() {}

  static KnowledgeBase bundled() {
    KbTable countries = table("countries.tsv", 10);
    KbTable regions = table("regions.tsv", 10);
    List<KbTable> hand = HAND_WRITTEN.stream().map(name -> table(name + ".tsv", 11)).toList();
    KbTable outlets = KbTable.read(OUTLETS, KbLoader.class.getResourceAsStream(OUTLETS), 10);
    KbLoader loader = new KbLoader();
    loader.places(countries, IcuPlaceNames.territories(), "ne:territory/", true);
    loader.places(regions, IcuPlaceNames.regions(), "ne:region/", false);
    StringBuilder version =
        new StringBuilder("countries-" + countries.version() + ".regions-" + regions.version());
    for (KbTable table : hand) {
      table.rows().forEach(row -> loader.handEntity(table.name(), row));
      version.append('.').append(table.name().replace(".tsv", "-")).append(table.version());
    }
    outlets.rows().forEach(loader::outlet);
    version
        .append(".outlets-")
        .append(outlets.version())
        .append("+cldr-")
        .append(LocaleData.getCLDRVersion());
    return new KnowledgeBase(
        loader.entities, loader.aliases, loader.exclusions, version.toString());
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
      ids.add(entity.id());
      Set<String> ambiguous = new HashSet<>();
      if (row != null) {
        for (int i = 0; i < KbTable.LANGUAGES.size(); i++) {
          for (String alias : row.aliases(3 + i)) {
            KbAlias parsed = addAlias(entity, KbTable.LANGUAGES.get(i), alias);
            if (parsed != null && parsed.ambiguous()) {
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
                                  new KbAlias(
                                      entity, language, name, false, false, false, false))));
      aliases.add(
          new KbAlias(
              entity,
              "en",
              canonical,
              false,
              ambiguous.contains(NameNormalizer.fold(canonical)),
              false,
              false));
    }
  }

  private void handEntity(String file, KbTable.Row row) {
    EntityType type;
    try {
      type = EntityType.valueOf(row.cell(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " line " + row.line() + ": type " + row.cell(1), e);
    }
    requireNew(file, row);
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
    requireNew(OUTLETS, row);
    KbEntity entity = new KbEntity(row.cell(0), row.cell(2), type, List.of());
    entities.add(entity);
    addAliases(entity, row, 3);
  }

  private void requireNew(String file, KbTable.Row row) {
    if (!ids.add(row.cell(0))) {
      throw new IllegalArgumentException(
          file + " line " + row.line() + ": entity " + row.cell(0) + " is already defined");
    }
  }

  /**
   * Adds a marked alias, with its other forms when it is an adjective or demonym, and returns it;
   * or, marked {@code -}, a written form that is not the entity, and returns null.
   */
  private KbAlias addAlias(KbEntity entity, String language, String marked) {
    if (marked.strip().startsWith("-")) {
      exclusions.add(new KbExclusion(entity, language, marked.strip().substring(1)));
      return null;
    }
    KbAlias parsed = KbAlias.parse(entity, language, marked);
    if (!parsed.nationality()) {
      aliases.add(parsed);
      if (language.equals("ru")) {
        RussianForms.stemKeeping(parsed.text()).map(parsed::withText).ifPresent(aliases::add);
      }
      return parsed;
    }
    for (String form : NationalityForms.of(parsed.text(), language)) {
      aliases.add(parsed.withText(form));
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
