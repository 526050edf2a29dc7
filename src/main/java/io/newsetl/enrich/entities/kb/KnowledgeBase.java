package io.newsetl.enrich.entities.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The multilingual knowledge base of named entities: countries, territories and world regions
 * (names from CLDR via ICU), cities, international organizations, government bodies, companies,
 * news organizations, people, products and threat actors, each with aliases in English, Arabic,
 * French, Spanish, German, Russian and Chinese.
 *
 * <p>The bundled knowledge base is read once from the resources in {@code
 * io/newsetl/enrich/entities/kb/}; their headers document the format. Instances are immutable and
 * thread-safe.
 */
public final class KnowledgeBase {

  private final List<KbEntity> entities;
  private final List<KbAlias> aliases;
  private final Map<String, KbEntity> byId = new HashMap<>();
  private final Map<String, List<KbAlias>> aliasesById = new HashMap<>();
  private final AliasTrie trie;
  private final String version;

  /** A knowledge base of the given entities and aliases. */
  public KnowledgeBase(List<KbEntity> entities, List<KbAlias> aliases, String version) {
    this(entities, aliases, List.of(), version);
  }

  /**
   * A knowledge base of the given entities and aliases, with written forms that are not their
   * entity ({@link KbExclusion}).
   */
  public KnowledgeBase(
      List<KbEntity> entities,
      List<KbAlias> aliases,
      List<KbExclusion> exclusions,
      String version) {
    this.entities = List.copyOf(entities);
    this.aliases = List.copyOf(aliases);
    this.version = version;
    this.entities.forEach(e -> byId.putIfAbsent(e.id(), e));
    this.aliases.forEach(
        a -> aliasesById.computeIfAbsent(a.entity().id(), id -> new ArrayList<>()).add(a));
    aliasesById.replaceAll((id, list) -> List.copyOf(list));
    this.trie = new AliasTrie(this.aliases, exclusions);
  }

  /**
   * The knowledge base shipped with the product, loaded on first use.
   *
   * @throws IllegalStateException when a resource is missing
   * @throws IllegalArgumentException when a resource is malformed
   */
  public static KnowledgeBase bundled() {
    return Bundled.INSTANCE;
  }

  /** The words of a text and the knowledge-base aliases in it (see {@link AliasTrie}). */
  public KbScan scan(String text, String language) {
    List<NameToken> tokens = NameTokenizer.tokenize(text);
    return new KbScan(tokens, trie.find(text, tokens, language));
  }

  public Optional<KbEntity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The aliases of the entity with this id, in every language; empty for an unknown id. */
  public List<KbAlias> aliasesOf(String id) {
    return aliasesById.getOrDefault(id, List.of());
  }

  public List<KbEntity> entities() {
    return entities;
  }

  public List<KbAlias> aliases() {
    return aliases;
  }

  /** The versions of the resource files and of CLDR, e.g. "countries-1.regions-1...+cldr-48". */
  public String version() {
    return version;
  }

  /** Number of entities by fine type, in type order. */
  public Map<EntityType, Integer> countByType() {
    Map<EntityType, Integer> counts = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      int n = (int) entities.stream().filter(e -> e.type() == type).count();
      if (n > 0) {
        counts.put(type, n);
      }
    }
    return counts;
  }

  /** Number of aliases by language, in the order of the knowledge-base columns. */
  public Map<String, Integer> countByLanguage() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String language : KbTable.LANGUAGES) {
      counts.put(
          language, (int) aliases.stream().filter(a -> a.language().equals(language)).count());
    }
    return counts;
  }

  /** The words of a text and the aliases found in them. */
  public record KbScan(List<NameToken> tokens, List<AliasMatch> matches) {

    public KbScan {
      tokens = List.copyOf(tokens);
      matches = List.copyOf(matches);
    }
  }

  private static final class Bundled {
    static final KnowledgeBase INSTANCE = KbLoader.bundled();
  }
}
