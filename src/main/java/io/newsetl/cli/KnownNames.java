package io.newsetl.cli;

import io.newsetl.enrich.entities.NameClass;
import io.newsetl.enrich.entities.kb.KbAlias;
import io.newsetl.enrich.entities.kb.KnowledgeBase;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aliases of a knowledge base in one language, with the coarse class of their mentions; not the
 * ambiguous ones (a bare surname, "العربية" for Al Arabiya), which are mostly common words or other
 * names in running text, nor those that count only as a whole word (the tagger's known names are
 * also matched after a clitic).
 */
final class KnownNames {

  private KnownNames() {}

  /** Alias text to class; of aliases written alike, the class of the first in alias order wins. */
  static Map<String, NameClass> of(KnowledgeBase kb, String language) {
    Map<String, NameClass> names = new TreeMap<>();
    for (KbAlias alias : kb.aliases()) {
      if (alias.language().equals(language) && !alias.ambiguous() && !alias.wholeWord()) {
        names.putIfAbsent(alias.text(), alias.mentionType().coarse());
      }
    }
    return names;
  }
}
