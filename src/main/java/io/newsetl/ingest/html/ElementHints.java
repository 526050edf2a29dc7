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
    /** Navigation, page furniture, sharing, ads, hidden text and the like. */
    BOILERPLATE,
    /** Readers' comments and replies: prose, but not the article's. */
    DISCUSSION,
    /** Declares itself the article body. */
    CONTENT,
    NEUTRAL
  }

  private static final Set<String> SKIP_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
          "embed", "video", "audio", "img", "picture", "button", "input", "select", "textarea",
          "option", "head", "link", "meta", "title", "map", "frameset", "frame");

  private static final Set<String> BOILERPLATE_TAGS =
      Set.of("nav", "aside", "footer", "header", "menu", "dialog", "label", "fieldset");

  private static final Set<String> BOILERPLATE_ROLES =
      Set.of(
          "navigation", "menu", "menubar", "complementary", "dialog", "alert", "alertdialog",
          "banner", "contentinfo", "search", "tablist", "toolbar");

  private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z])(?=[A-Z])");

  /** Words that mark boilerplate at the start of a class or id word ("cookie" in "cookielaw"). */
  private static final Pattern BOILERPLATE_STEMS =
      Pattern.compile(
          "(?<![a-z])(?:advert|breadcrumb|byline|consent|cookie|copyright|dateline"
              + "|footer|gdpr|masthead|modal|navbar|navigation|newsletter|outbrain|pagination"
              + "|paywall|popular|popup|promo|recirc|recommend|related|share|sharing|sidebar|signup"
              + "|social|sponsor|subscri|taboola|toolbar|tooltip|trending|widget)");

  private static final Pattern DISCUSSION_STEMS =
      Pattern.compile("(?<![a-z])(?:comment(?!ary)|disqus|replies|respond)");

  /** Words that mark boilerplate only as whole words ("ad", but not "add" or "head"). */
  private static final Pattern BOILERPLATE_WORDS =
      Pattern.compile(
          "(?<![a-z])(?:ads?|adslot|adunit|dfp|banner|header|menus?|nav|pager"
              + "|print|rail|hidden(?!-)|hide|skip|login|tags|tag-list|bio|author-bio|caption|credits?"
              + "|more-stories|see-also|also-read|read-?more|sr-only|visually-hidden"
              + "|screen-reader-text|overlay)(?![a-z])");

  private static final Pattern CONTENT_WORDS =
      Pattern.compile(
          "(?<![a-z])(?:article|story|entry|post|blog|main)-?(?:body|content|text|copy)(?![a-z])"
              + "|(?<![a-z])(?:body-?(?:text|copy)|main-content|text-content)(?![a-z])");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private static final Pattern SCREEN_READER =
      Pattern.compile("(?i)(?<![a-z])(?:sr-only|visually-?hidden|screen-?reader\\w*|hidden)(?![a-z])");

  private ElementHints() {}

  static Hint of(Element element) {
    String tag = element.normalName();
    if (SKIP_TAGS.contains(tag) || isHidden(element)) {
      return Hint.SKIP;
    }
    if ("articlebody".equalsIgnoreCase(element.attr("itemprop"))) {
      return Hint.CONTENT;
    }
    if (BOILERPLATE_TAGS.contains(tag) || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
      return Hint.BOILERPLATE;
    }
    if (BOILERPLATE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return Hint.BOILERPLATE;
    }
    String names = names(element);
    if (CONTENT_WORDS.matcher(names).find()) {
      return Hint.CONTENT;
    }
    if (DISCUSSION_STEMS.matcher(names).find()) {
      return Hint.DISCUSSION;
    }
    if (BOILERPLATE_STEMS.matcher(names).find() || BOILERPLATE_WORDS.matcher(names).find()) {
      return Hint.BOILERPLATE;
    }
    return Hint.NEUTRAL;
  }

  /** Hidden from sighted readers: by attribute, inline style or a screen-reader-only class. */
  static boolean isInvisible(Element element) {
    return isHidden(element)
        || "true".equalsIgnoreCase(element.attr("aria-hidden"))
        || SCREEN_READER.matcher(element.className()).find();
  }

  private static boolean isHidden(Element element) {
    return element.hasAttr("hidden") || HIDDEN_STYLE.matcher(element.attr("style")).find();
  }

  /** The class names and id, camelCase split into words, lower-case. */
  private static String names(Element element) {
    String raw = element.className() + " " + element.id();
    if (raw.isBlank()) {
      return "";
    }
    return CAMEL_CASE.matcher(raw).replaceAll("-").toLowerCase(Locale.ROOT);
  }
}
