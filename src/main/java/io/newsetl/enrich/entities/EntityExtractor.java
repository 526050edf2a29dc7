package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.EntityType;
import io.newsetl.enrich.entities.kb.KbAlias;
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
 * over them, and so does, in Arabic, one of several words that begins before a tagged name (not a
 * person's) and ends inside it; a knowledge-base person's name that begins a tagged person's name
 * links it when the tagged words go on with a name connector and a lineage the person's longer
 * names allow, leaves it unlinked when they go on with another lineage, and, with a title, wins
 * over it otherwise ({@link TitledNames}). A tagged name made only of currency names (دولار,
 * اليورو, "مليار ريال" tagged as an organization, يوان as a person) is left out ({@link
 * CurrencyNames}), and so is a tagged phrase of blessing (رحمه الله: {@link BlessingPhrases}) and,
 * unless the knowledge base links it, a name made only of month names next to a date (نيسان in
 * "أبريل (نيسان) 2015": {@link MonthNames}). A person's name after the head noun of a place or
 * institution named after them (مستشفى الملك فهد) names that place or institution ({@link
 * EponymousNames}). Mentions of one entity then share its canonical and id ({@link MentionMerger}).
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
    return extract(text, language, List.of());
  }

  /**
   * {@link #extract(String, String)}, where each of {@code linkedSpans} (spans another extractor to
   * the knowledge base, such as the agency of a dateline) is evidence for an ambiguous alias of its
   * entity in the same place.
   */
  public List<EntityMention> extract(String text, String language, List<LinkedSpan> linkedSpans) {
    List<TaggedName> tagged = taggers.forLanguage(language).map(t -> t.tag(text)).orElse(List.of());
    List<LinkedMatch> linked =
        NamesakeResolver.resolve(knowledgeBase.scan(text, language).matches(), tagged, linkedSpans);
    List<EntityMention> mentions = new ArrayList<>();
    boolean[] used = new boolean[linked.size()];
    for (TaggedName name : tagged) {
      mentions.addAll(fromTagger(text, language, name, linked, used));
    }
    for (int i = 0; i < linked.size(); i++) {
      LinkedMatch match = linked.get(i);
      if (!used[i] && !TitledNames.followedByOtherLineage(text, match, aliasesOf(match))) {
        mentions.add(mention(text, match, match.confidence()));
      }
    }
    mentions.sort(Comparator.comparingInt(EntityMention::start));
    return MentionMerger.merge(EponymousNames.rename(text, mentions));
  }

  private List<EntityMention> fromTagger(
      String text, String language, TaggedName name, List<LinkedMatch> linked, boolean[] used) {
    String surface = text.substring(name.start(), name.end());
    if (BlessingPhrases.is(surface) || CurrencyNames.only(surface)) {
      return List.of();
    }
    boolean kbLonger =
        linked.stream()
            .anyMatch(
                m ->
                    m.startsWithin(text, name)
                        && m.end() >= name.end()
                        && m.end() - m.start() > name.end() - cliticStart(text, name, m));
    if (kbLonger || "ar".equals(language) && crossedByKnownName(name, linked)) {
      return List.of();
    }
    Optional<LinkedMatch> known = TitledNames.knownStart(text, name, linked);
    TitledNames.After after =
        known
            .map(m -> TitledNames.after(text, name, m, aliasesOf(m)))
            .orElse(TitledNames.After.NONE);
    boolean titled = known.isPresent() && known.get().start() < name.start();
    if (titled
        && after == TitledNames.After.RAN_PAST
        && linked.stream().noneMatch(m -> sameWords(text, name, m) && classFits(name, m))) {
      return List.of();
    }
    EntityMention result = unlinked(text, name);
    List<LinkedMatch> inside = new ArrayList<>();
    for (int i = 0; i < linked.size(); i++) {
      LinkedMatch match = linked.get(i);
      if (match.end() > name.start() && match.start() < name.end()) {
        used[i] = true;
        inside.add(match);
        if (sameWords(text, name, match) && classFits(name, match)) {
          result = mention(text, match, name.confidence());
        }
      }
    }
    if (result.id().isEmpty() && after == TitledNames.After.SAME_PERSON) {
      result = restOfName(text, name, known.get());
    }
    if (result.id().isEmpty() && MonthNames.dated(text, name.start(), name.end())) {
      return List.of();
    }
    return result.id().isPresent()
        ? List.of(result)
        : nameAndNationality(text, name, inside).orElse(List.of(result));
  }

  /**
   * True when a knowledge-base name of several words begins before a tagged name and ends inside
   * it: the tagger misplaced the name's bounds, and the known name is the mention. Arabic only,
   * where the tagger often leaves out the head noun that begins a known name ("قناة السويس
   * الجديدة", the new Suez Canal, tagged as "السويس الجديدة"; "نادي الاتحاد أبدت" as "الاتحاد
   * أبدت"); English bounds are more reliable, and a known name that crosses them is more often
   * wrong itself ("Da Vinci" inside "The Da Vinci Code"). A person's name is left to {@link
   * TitledNames}, which reads a title before it.
   */
  private static boolean crossedByKnownName(TaggedName name, List<LinkedMatch> linked) {
    return name.nameClass() != NameClass.PERSON
        && linked.stream()
            .anyMatch(
                m ->
                    m.match().length() > 1
                        && m.start() < name.start()
                        && m.end() > name.start()
                        && m.end() < name.end());
  }

  private List<KbAlias> aliasesOf(LinkedMatch match) {
    return knowledgeBase.aliasesOf(match.alias().entity().id());
  }

  /**
   * A tagged name made of a known name and a nationality adjective the knowledge base matched, in
   * either order ("ميلانو الإيطالية"), as the two mentions: the name, with the tagger's confidence,
   * and the adjective. Empty unless the two matches cover the tagged words exactly and the name's
   * class fits the tagger's.
   */
  private static Optional<List<EntityMention>> nameAndNationality(
      String text, TaggedName name, List<LinkedMatch> inside) {
    for (int k = 0; k + 1 < inside.size(); k++) {
      LinkedMatch first = inside.get(k);
      LinkedMatch second = inside.get(k + 1);
      boolean firstIsAdjective = isNationality(first);
      LinkedMatch known = firstIsAdjective ? second : first;
      LinkedMatch adjective = firstIsAdjective ? first : second;
      if (firstIsAdjective != isNationality(second)
          && first.startsWithin(text, name)
          && second.end() == name.end()
          && first.end() <= second.start()
          && text.substring(first.end(), second.start()).isBlank()
          && classFits(name, known)) {
        EntityMention knownMention = mention(text, known, name.confidence());
        EntityMention adjectiveMention = mention(text, adjective, adjective.confidence());
        return Optional.of(
            firstIsAdjective
                ? List.of(adjectiveMention, knownMention)
                : List.of(knownMention, adjectiveMention));
      }
    }
    return Optional.empty();
  }

  private static boolean isNationality(LinkedMatch match) {
    return match.alias().mentionType() == EntityType.NATIONALITY;
  }

  /**
   * True when the tagger's class allows the link: the classes agree, the tagger only said MISC, the
   * words are a nationality adjective the tagger took for the place (السورية, Syrian, tagged as a
   * location names Syria either way), or the knowledge base names the words in full (several
   * words), which outweighs a class guess.
   */
  private static boolean classFits(TaggedName name, LinkedMatch match) {
    return match.nameClass() == name.nameClass()
        || name.nameClass() == NameClass.MISC
        || name.nameClass() == NameClass.LOCATION && isNationality(match)
        || match.match().length() > 1;
  }

  /** True when the match spans the tagged words, give or take a clitic prefix on the first word. */
  private static boolean sameWords(String text, TaggedName name, LinkedMatch match) {
    return match.end() == name.end() && match.startsWithin(text, name);
  }

  /** Where the tagged name starts once a clitic prefix the match leaves out is set aside. */
  private static int cliticStart(String text, TaggedName name, LinkedMatch match) {
    return Math.max(name.start(), match.start());
  }

  /** The tagged name, linked to the entity of the knowledge-base name that begins it. */
  private static EntityMention restOfName(String text, TaggedName name, LinkedMatch known) {
    return linkedAt(text, name.start(), name.end(), known, name.confidence());
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
    return linkedAt(text, match.start(), match.end(), match, confidence);
  }

  /** The span from {@code start} to {@code end}, linked to the entity of {@code match}. */
  private static EntityMention linkedAt(
      String text, int start, int end, LinkedMatch match, double confidence) {
    return new EntityMention(
        text.substring(start, end),
        start,
        end,
        match.nameClass(),
        match.alias().mentionType().name(),
        match.alias().entity().canonical(),
        Optional.of(match.alias().entity().id()),
        confidence);
  }
}
