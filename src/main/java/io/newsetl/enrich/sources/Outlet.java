package io.newsetl.enrich.sources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A news organization: an agency, broadcaster, newspaper or website.
 *
 * @param id a Wikidata QID ({@code Q130879}) where known reliably, otherwise a project id such as
 *     {@code newsetl:agency/efe}; stable across catalog versions
 * @param canonicalName the name used in output, the same whatever language the text is in
 * @param kind what kind of organization it is
 * @param aliasesByLanguage names and abbreviations by ISO 639-1 language code, in catalog order;
 *     unmodifiable
 */
public record Outlet(
    String id, String canonicalName, OutletKind kind, Map<String, List<String>> aliasesByLanguage) {

  public Outlet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(kind, "kind");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    aliasesByLanguage.forEach((language, aliases) -> copy.put(language, List.copyOf(aliases)));
    aliasesByLanguage = Collections.unmodifiableMap(copy);
  }

  /** Every alias in every language, without duplicates, in catalog order. */
  public List<String> allAliases() {
    List<String> all = new ArrayList<>();
    for (List<String> aliases : aliasesByLanguage.values()) {
      aliases.stream().filter(alias -> !all.contains(alias)).forEach(all::add);
    }
    return all;
  }

  /** True for a Wikidata id, false for a project id. */
  public boolean hasWikidataId() {
    return id.matches("Q[1-9][0-9]*");
  }
}
