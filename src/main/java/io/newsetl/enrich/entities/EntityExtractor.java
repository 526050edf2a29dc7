package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the named entities of a text and links them to the knowledge base.
 *
 * <p>The language's {@link NameTagger}, when there is one, finds open-class names; the knowledge
 * base finds the names it knows in every language. A tagged name the knowledge base knows (same
 * words, agreeing class, or a several-word knowledge-base name) is linked; a tagged name it does
 * not know stays an entity with a normalized canonical and no id; a knowledge-base name the tagger
 * missed is still an entity; a knowledge-base name longer than the tagged names it overlaps wins
 * over them. Mentions of one entity then share its canonical and id ({@link MentionMerger}).
 *
 * <p>Thread-safe when the taggers are. Never returns null; an empty list when nothing is found.
 */
public final class EntityExtractor {

  private final KnowledgeBase knowledgeBase;
  private final NameTaggers taggers;

  public EntityExtractor(KnowledgeBase knowledgeBase, NameTaggers taggers) {
    this.knowledgeBase = knowledgeBase;
    this.taggers = taggers;
  }

  /** An extractor over the bundled knowledge base. */
  public static EntityExtractor withBundledKnowledgeBase(NameTaggers taggers) {
    return new EntityExtractor(KnowledgeBase.bundled(), taggers);
  }

  /**
   * The entities of {@code text}, in text order and not overlapping.
   *
   * @param language the ISO 639-1 code of the text's language; chooses the tagger and which
   *     adjectives and demonyms count
   */
  public List<EntityMention> extract(String text, String language) {
    List<TaggedName> tagged = taggers.forLanguage(language).map(t -> t.tag(text)).orElse(List.of());
    List<LinkedMatch> linked =
        NamesakeResolver.resolve(knowledgeBase.scan(text, language).matches(), tagged);
    List<EntityMention> mentions = new ArrayList<>();
    boolean[] used = new boolean[linked.size()];
    for (TaggedName name : tagged) {
      fromTagger(text, name, linked, used).ifPresent(mentions::add);
    }
    for (int i = 0; i < linked.size(); i++) {
      if (!used[i]) {
        mentions.add(mention(text, linked.get(i), linked.get(i).confidence()));
      }
    }
    mentions.sort(Comparator.comparingInt(EntityMention::start));
    return MentionMerger.merge(mentions);
  }

  private static Optional<EntityMention> fromTagger(
      String text, TaggedName name, List<LinkedMatch> linked, boolean[] used) {
    boolean kbLonger =
        linked.stream()
            .anyMatch(
                m ->
                    startsWithin(text, name, m)
                        && m.end() >= name.end()
                        && m.end() - m.start() > name.end() - cliticStart(text, name, m));
    if (kbLonger) {
      return Optional.empty();
    }
    EntityMention result = unlinked(text, name);
    for (int i = 0; i < linked.size(); i++) {
      LinkedMatch match = linked.get(i);
      if (match.end() > name.start() && match.start() < name.end()) {
        used[i] = true;
        if (sameWords(text, name, match) && classFits(name, match)) {
          result = mention(text, match, name.confidence());
        }
      }
    }
    return Optional.of(result);
  }

  /**
   * True when the tagger's class allows the link: the classes agree, the tagger only said MISC, or
   * the knowledge base names the words in full (several words), which outweighs a class guess.
   */
  private static boolean classFits(TaggedName name, LinkedMatch match) {
    return match.nameClass() == name.nameClass()
        || name.nameClass() == NameClass.MISC
        || match.match().length() > 1;
  }

  /** True when the match spans the tagged words, give or take a clitic prefix on the first word. */
  private static boolean sameWords(String text, TaggedName name, LinkedMatch match) {
    return match.end() == name.end() && startsWithin(text, name, match);
  }

  /** True when the match starts where the tagged name does, or after a clitic prefix of it. */
  private static boolean startsWithin(String text, TaggedName name, LinkedMatch match) {
    return match.start() <= name.start()
        || match.start() - name.start() <= 3
            && match.start() < name.end()
            && text.substring(name.start(), match.start())
                .codePoints()
                .allMatch(Character::isLetter);
  }

  /** Where the tagged name starts once a clitic prefix the match leaves out is set aside. */
  private static int cliticStart(String text, TaggedName name, LinkedMatch match) {
    return Math.max(name.start(), match.start());
  }

  private static EntityMention unlinked(String text, TaggedName name) {
    String surface = text.substring(name.start(), name.end());
    return new EntityMention(
        surface,
        name.start(),
        name.end(),
        name.nameClass(),
        name.nameClass().name(),
        CanonicalNames.of(surface),
        Optional.empty(),
        name.confidence());
  }

  private static EntityMention mention(String text, LinkedMatch match, double confidence) {
    return new EntityMention(
        text.substring(match.start(), match.end()),
        match.start(),
        match.end(),
        match.nameClass(),
        match.alias().mentionType().name(),
        match.alias().entity().canonical(),
        Optional.of(match.alias().entity().id()),
        confidence);
  }
}
