package io.newsetl.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} announce: the article body ({@code article-body},
 * {@code entry-content}), readers' comments, page furniture ({@code sidebar}, {@code share-bar},
 * {@code related-posts}, {@code cookie-consent}) or nothing. Names are compared as lower-case
 * words, with camelCase split ({@code relatedContent} reads as {@code related-content}). Stateless
 * and thread-safe.
 */
final class NameHints {

  private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z])(?=[A-Z])");

  private static final Pattern CONTENT =
      Pattern.compile(
          "(?<![a-z])(?:article|story|entry|post|blog|main)-?(?:body|content|text|copy)(?![a-z])"
              + "|(?<![a-z])(?:body-?(?:text|copy)|main-content|text-content)(?![a-z])");

  /** Embedded posts (tweets, Instagram) that quote sources inside the article. */
  private static final Pattern EMBED =
      Pattern.compile("(?<![a-z])(?:embed|tweet|twitter-tweet|instagram-media)");

  private static final Pattern DISCUSSION =
      Pattern.compile("(?<![a-z])(?:comment(?!ary)|disqus|replies|respond)");

  /** Words that mark boilerplate at the start of a word ("cookie" in "cookielaw"). */
  private static final Pattern BOILERPLATE_STEMS =
      Pattern.compile(
          "(?<![a-z])(?:advert|archive|breadcrumb|byline|consent|cookie|copyright|dateline"
              + "|excerpt|footer|gdpr|latest|masthead|modal|navbar|navigation|newsletter"
              + "|outbrain|pagination|paywall|popular|popup|promo|recirc|recommend|related"
              + "|share|sharing|sidebar|signup|social|sponsor|subscri|taboola|teaser|toolbar"
              + "|tooltip|trending|widget|more-(?:news|stories|posts|articles|from)"
              + "|(?:next|prev)-(?:post|article|story))");

  /** Words that mark boilerplate only as whole words ("ad", but not "add" or "head"). */
  private static final Pattern BOILERPLATE_WORDS =
      Pattern.compile(
          "(?<![a-z])(?:ads?|adslot|adunit|dfp|banner|header|menus?|nav|pager|print|rail"
              + "|hidden(?!-)|hide|skip|login|tags|tag-list|bio|author-bio|caption|credits?"
              + "|see-also|also-read|read-?more|sr-only|visually-hidden|screen-reader-text"
              + "|overlay)(?![a-z])");

  private NameHints() {}

  /** The hint of the element's class names and id; {@code NEUTRAL} when they say nothing. */
  static ElementHints.Hint of(Element element) {
    String names = names(element);
    if (names.isEmpty()) {
      return ElementHints.Hint.NEUTRAL;
    }
    if (CONTENT.matcher(names).find()) {
      return ElementHints.Hint.CONTENT;
    }
    if (EMBED.matcher(names).find()) {
      return ElementHints.Hint.NEUTRAL;
    }
    if (DISCUSSION.matcher(names).find()) {
      return ElementHints.Hint.DISCUSSION;
    }
    if (BOILERPLATE_STEMS.matcher(names).find() || BOILERPLATE_WORDS.matcher(names).find()) {
      return ElementHints.Hint.BOILERPLATE;
    }
    return ElementHints.Hint.NEUTRAL;
  }

  private static String names(Element element) {
    String raw = element.className() + " " + element.id();
    if (raw.isBlank()) {
      return "";
    }
    return CAMEL_CASE.matcher(raw).replaceAll("-").toLowerCase(Locale.ROOT);
  }
}
