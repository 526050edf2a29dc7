package io.newsetl.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, visibility, {@code class} and {@code id} say about the text inside
 * it, before looking at the text itself. Stateless and thread-safe.
 */
final class ElementHints {

  /** The kind of region an element announces. */
  enum Hint {
    /** No readable text inside (scripts, styles, form controls, media, hidden elements). */
    SKIP,
    /** Navigation, page furniture, sharing, ads, related links and the like. */
    BOILERPLATE,
    /** Readers' comments and replies: prose, but not the article's. */
    DISCUSSION,
    /** Declares itself the article body. */
    CONTENT,
    NEUTRAL
  }

  private static final Set<String> SKIP_TAGS =
      Set.of(
          ("script style noscript template svg math canvas iframe object embed video audio img"
                  + " picture button input select textarea option head link meta title map"
                  + " frameset frame")
              .split(" "));

  private static final Set<String> BOILERPLATE_TAGS =
      Set.of(
          "nav", "aside", "footer", "header", "menu", "dialog", "label", "fieldset", "figcaption");

  private static final Set<String> BOILERPLATE_ROLES =
      Set.of(
          ("navigation menu menubar complementary dialog alert alertdialog banner contentinfo"
                  + " search tablist toolbar")
              .split(" "));

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private static final Pattern SCREEN_READER =
      Pattern.compile(
          "(?i)(?<![a-z])(?:sr-only|visually-?hidden|screen-?reader\\w*|hidden)(?![a-z])");

  private ElementHints() {}

  static Hint of(Element element) {
    if (isSkipped(element)) {
      return Hint.SKIP;
    }
    if ("articlebody".equalsIgnoreCase(element.attr("itemprop"))) {
      return Hint.CONTENT;
    }
    if (BOILERPLATE_TAGS.contains(element.normalName())
        || "true".equalsIgnoreCase(element.attr("aria-hidden"))
        || BOILERPLATE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return Hint.BOILERPLATE;
    }
    // the classes of <body> and <html> describe page state ("has-sidebar"), not a region
    String tag = element.normalName();
    return tag.equals("body") || tag.equals("html") ? Hint.NEUTRAL : NameHints.of(element);
  }

  /** Holds no readable text: {@link Hint#SKIP}, without looking at class names. */
  static boolean isSkipped(Element element) {
    return SKIP_TAGS.contains(element.normalName()) || isHidden(element);
  }

  /** Hidden from sighted readers: by attribute, inline style or a screen-reader-only class. */
  static boolean isInvisible(Element element) {
    if (element.attributesSize() == 0) {
      return false;
    }
    return isHidden(element)
        || "true".equalsIgnoreCase(element.attr("aria-hidden"))
        || SCREEN_READER.matcher(element.className()).find();
  }

  private static boolean isHidden(Element element) {
    if (element.attributesSize() == 0) {
      return false;
    }
    String style = element.attr("style");
    return element.hasAttr("hidden") || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }
}
