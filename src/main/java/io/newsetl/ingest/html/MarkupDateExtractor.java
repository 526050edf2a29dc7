package io.newsetl.ingest.html;

import io.newsetl.enrich.published.DayOrder;
import io.newsetl.enrich.published.TextDateExtractor;
import io.newsetl.enrich.published.WrittenDateParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication day a page writes for its readers rather than in its metadata: a date right
 * after "Published", "Veröffentlicht am", "Publié le", "نشر في" … in the page's text, else the
 * first complete date in a short element whose class, id or {@code itemprop} says it holds a date
 * or byline ({@code date}, {@code datum}, {@code fecha}, {@code time}, {@code byline}, {@code
 * meta}, {@code posted}, {@code submitted} …), its {@code title} or {@code datetime} attribute
 * included, else the first element that holds nothing but a date. Comments, sidebars, widgets and
 * lists of related articles are passed over (a region so named that holds the page's {@code <h1>}
 * or most of its text is the page's layout, not a sidebar).
 *
 * <p>Stateless and thread-safe. Returns empty when the page writes no such date.
 */
final class MarkupDateExtractor {

  private static final Pattern HINT =
      Pattern.compile(
          "(?i)date|datum|fecha|data|time|zeit|publi|posted|submitted|created|byline|dateline|meta"
              + "|info|stamp|calendar|clock|autor|author|parution|footer");
  private static final Pattern SKIP =
      Pattern.compile(
          "(?i)comment|reply|forum|sidebar|widget|related|recent|popular|teaser|archive|datepicker|weather"
              + "|embed|instagram|tweet");
  private static final List<String> ATTRIBUTES =
      List.of("title", "datetime", "content", "data-date");
  private static final int MAX_TEXT = 160;
  private static final int SHORT_TEXT = 32;
  private static final int MAX_DEPTH = 30;

  private final WrittenDateParser dates = new WrittenDateParser();
  private final TextDateExtractor statements = new TextDateExtractor();

  Optional<LocalDate> find(Document document, DayOrder order) {
    Element body = document.body();
    if (body == null) {
      return Optional.empty();
    }
    return statements
        .extract(body.text(), order)
        .or(() -> inDateElements(body, order))
        .or(() -> inShortElements(body, order));
  }

  private Optional<LocalDate> inDateElements(Element body, DayOrder order) {
    for (Element element : body.getAllElements()) {
      if (!hinted(element) || skipped(element)) {
        continue;
      }
      Optional<LocalDate> date = inElement(element, order);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** An element that holds nothing but a date ({@code <h5>23.01.2019</h5>}), whatever its name. */
  private Optional<LocalDate> inShortElements(Element body, DayOrder order) {
    for (Element element : body.getAllElements()) {
      String text = element.text();
      if (text.length() > SHORT_TEXT
          || element.ownText().isBlank()
          || !hintable(element)
          || skipped(element)) {
        continue;
      }
      Optional<LocalDate> date = dates.first(text, order);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> inElement(Element element, DayOrder order) {
    for (String attribute : ATTRIBUTES) {
      String value = element.attr(attribute);
      if (!value.isBlank() && value.length() <= MAX_TEXT) {
        Optional<LocalDate> date = dates.first(value, order);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    String text = element.text();
    return text.length() <= MAX_TEXT ? dates.first(text, order) : Optional.empty();
  }

  private static boolean hinted(Element element) {
    String tag = element.normalName();
    return hintable(element)
        && (tag.equals("abbr") || tag.equals("small") || HINT.matcher(names(element)).find());
  }

  private static boolean hintable(Element element) {
    String tag = element.normalName();
    return !(tag.equals("script")
        || tag.equals("style")
        || tag.equals("option")
        || tag.equals("input")
        || tag.equals("a")
        || tag.equals("title"));
  }

  /**
   * Inside a comment, sidebar, widget or embedded post, unless that region holds the headline or
   * most of the page's text (then it is the page's layout).
   */
  static boolean skipped(Element element) {
    int depth = 0;
    for (Element e = element; e != null && depth++ < MAX_DEPTH; e = e.parent()) {
      if (SKIP.matcher(names(e)).find() && !isLayout(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLayout(Element region) {
    if (region.selectFirst("h1") != null) {
      return true;
    }
    Element body = region.ownerDocument() == null ? null : region.ownerDocument().body();
    return body != null && region.text().length() * 2 > body.text().length();
  }

  private static String names(Element element) {
    return element.className() + " " + element.id() + " " + element.attr("itemprop");
  }
}
