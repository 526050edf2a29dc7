package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.AliasMatch;
import io.newsetl.enrich.entities.kb.KbAlias;

/**
 * A knowledge-base match with the namesake chosen for it.
 *
 * @param match where the alias is in the text
 * @param alias the alias of the chosen entity
 * @param confidence a constant by kind of match (see {@link NamesakeResolver})
 */
record LinkedMatch(AliasMatch match, KbAlias alias, double confidence) {

  int start() {
    return match.start();
  }

  int end() {
    return match.end();
  }

  NameClass nameClass() {
    return alias.mentionType().coarse();
  }
}
