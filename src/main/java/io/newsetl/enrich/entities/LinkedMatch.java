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

  /**
   * True when this match starts where the tagged name does or before it, or after a clitic prefix
   * of its first word (at most three letters: و, ال, بال ...).
   */
  boolean startsWithin(String text, TaggedName name) {
    return start() <= name.start()
        || start() - name.start() <= 3
            && start() < name.end()
            && text.substring(name.start(), start()).codePoints().allMatch(Character::isLetter);
  }
}
