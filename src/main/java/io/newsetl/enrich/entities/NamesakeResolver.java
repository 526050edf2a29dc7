package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.AliasMatch;
import io.newsetl.enrich.entities.kb.EntityType;
import io.newsetl.enrich.entities.kb.KbAlias;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the entity each knowledge-base match names and drops matches without enough evidence.
 *
 * <p>An entity named through an unambiguous alias in the text is an anchor, and so are its context
 * entities when the words name no other entity (مكة المكرمة anchors Saudi Arabia, as an article
 * that names a Saudi city is about Saudi Arabia; الملك عبدالله, whose namesakes are two kings,
 * anchors neither king's country). Among namesakes, a candidate scores for each of its context
 * entities among the anchors, for agreeing with the class the tagger gave the same words, and for
 * an unambiguous alias; ties go to knowledge-base order. An ambiguous alias ("Sullivan", "May",
 * "Howard") counts only when its entity is itself an anchor: the tagger's class says what kind of
 * name the words are, not which of the people or clubs of that name it is (a tagged "Howard" may be
 * Michael Howard, who is not in the knowledge base). News agencies and outlets are the exception:
 * their ambiguous aliases are short forms that are also common words or letters ("AP"), so the
 * tagger agreeing on the class is evidence enough, and so is the same span read as a credit by
 * another extractor ({@link LinkedSpan}: "WASHINGTON (AP) —"); and so are places whose ambiguous
 * alias is also a common word, when the tagger tags it as a location and one of the place's context
 * entities is an anchor (سيول, "floods", is Seoul when tagged as a location in an article that
 * names South Korea); and so are namesakes of a match that is surely a name (another entity has it
 * as an unambiguous alias) when one of their context entities is an anchor (الملك عبدالله is
 * Abdullah II of Jordan, but King Abdullah of Saudi Arabia in an article that names Saudi Arabia).
 * Words that are an alias as written and another after a clitic prefix are read as written when
 * that reading has the evidence, else without the prefix when that one has it ("وجدة" is Oujda in
 * an article that names Morocco, و + Jeddah in one that names Saudi Arabia). Stateless and
 * thread-safe.
 */
final class NamesakeResolver {

  /** Confidence of a knowledge-base match by kind; set so that kinds rank by observed precision. */
  static final double FULL_NAME = 0.95;

  static final double SINGLE_WORD = 0.9;
  static final double NATIONALITY = 0.85;
  static final double ABBREVIATION = 0.85;
  static final double WITH_EVIDENCE = 0.75;

  private NamesakeResolver() {}

  static List<LinkedMatch> resolve(
      List<AliasMatch> matches, List<TaggedName> tagged, List<LinkedSpan> linkedSpans) {
    Set<String> anchors = anchors(matches);
    List<LinkedMatch> linked = new ArrayList<>(matches.size());
    for (AliasMatch match : matches) {
      Optional<NameClass> taggerClass =
          tagged.stream()
              .filter(t -> t.start() < match.end() && match.start() < t.end())
              .map(TaggedName::nameClass)
              .findFirst();
      best(match, anchors, taggerClass, linkedSpans)
          .or(
              () ->
                  match
                      .otherReading()
                      .flatMap(other -> best(other, anchors, taggerClass, linkedSpans)))
          .ifPresent(linked::add);
    }
    return linked;
  }

  private static Set<String> anchors(List<AliasMatch> matches) {
    Set<String> anchors = new HashSet<>();
    for (AliasMatch match : matches) {
      List<String> clear =
          match.aliases().stream()
              .filter(a -> !a.ambiguous())
              .map(a -> a.entity().id())
              .distinct()
              .toList();
      if (clear.size() == 1) {
        anchors.add(clear.get(0));
        if (match.aliases().stream().allMatch(a -> a.entity().id().equals(clear.get(0)))) {
          anchors.addAll(match.aliases().get(0).entity().context());
        }
      }
    }
    return anchors;
  }

  private static Optional<LinkedMatch> best(
      AliasMatch match,
      Set<String> anchors,
      Optional<NameClass> tagger,
      List<LinkedSpan> linkedSpans) {
    KbAlias best = null;
    int bestScore = Integer.MIN_VALUE;
    boolean surelyAName = match.aliases().stream().anyMatch(a -> !a.ambiguous());
    for (KbAlias alias : match.aliases()) {
      long context = alias.entity().context().stream().filter(anchors::contains).count();
      boolean agrees = tagger.isPresent() && tagger.get() == alias.mentionType().coarse();
      if (alias.ambiguous()
          && !anchors.contains(alias.entity().id())
          && linkedSpans.stream().noneMatch(l -> l.covers(match, alias.entity().id()))
          && !(agrees && isNewsOutlet(alias.entity().type()))
          && !(agrees && context > 0 && isPlace(alias.entity().type()))
          && !(surelyAName && context > 0)) {
        continue;
      }
      int score = (int) (2 * context) + (agrees ? 1 : 0) + (alias.ambiguous() ? 0 : 1);
      if (score > bestScore) {
        best = alias;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best)
        .map(alias -> new LinkedMatch(match, alias, confidence(match, alias)));
  }

  private static boolean isNewsOutlet(EntityType type) {
    return type == EntityType.NEWS_AGENCY || type == EntityType.NEWS_ORGANIZATION;
  }

  private static boolean isPlace(EntityType type) {
    return switch (type) {
      case CITY, STATE, REGION, COUNTRY, TERRITORY, FORMER_STATE -> true;
      default -> false;
    };
  }

  private static double confidence(AliasMatch match, KbAlias alias) {
    if (alias.ambiguous()) {
      return WITH_EVIDENCE;
    }
    if (alias.nationality()) {
      return NATIONALITY;
    }
    if (alias.caseSensitive()) {
      return ABBREVIATION;
    }
    return match.length() > 1 ? FULL_NAME : SINGLE_WORD;
  }
}
