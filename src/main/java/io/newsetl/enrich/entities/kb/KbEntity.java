package io.newsetl.enrich.entities.kb;

import java.util.List;
import java.util.Objects;

/**
 * One identity of the knowledge base.
 *
 * @param id a Wikidata QID where known reliably, else a project id ({@code ne:person/adam-hodge});
 *     stable across versions
 * @param canonical the English name used in output whatever the language of the text
 * @param type the fine type
 * @param context ids of entities whose presence in an article favours this entity over a namesake
 */
public record KbEntity(String id, String canonical, EntityType type, List<String> context) {

  public KbEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    context = List.copyOf(context);
  }
}
