package io.newsetl.enrich.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes Reuters credit lines by their house style, where the agency is not named: "(Reporting
 * by X in Beijing; Editing by Y)", "(Writing by …)", "Reporting by X; Editing by Y" on its own
 * line, and the Arabic service's "(إعداد … للنشرة العربية)". Thread-safe.
 */
final class HouseCreditRule {

  static final String REUTERS_ID = "Q130879";

  private static final Pattern PARENTHESIZED =
      Pattern.compile(
          "\\(((?:Additional |Further )?(?:reporting|writing|editing) by [^()\\n]{1,300})\\)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE =
      Pattern.compile(
          "^[ \\t]*((?:reporting|writing) by [^\\n]{1,300}?(?:editing|writing) by [^\\n]{1,200})$",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  private static final Pattern ARABIC_DESK =
      Pattern.compile("\\(([^()\\n]{0,200}للنشرة العربية[^()\\n]{0,100})\\)");

  private final Optional<Outlet> reuters;

  HouseCreditRule(OutletCatalog catalog) {
    this.reuters = catalog.byId(REUTERS_ID);
  }

  List<SourceMention> find(String text) {
    List<SourceMention> found = new ArrayList<>();
    if (reuters.isEmpty()) {
      return found;
    }
    for (Pattern pattern : List.of(PARENTHESIZED, LINE, ARABIC_DESK)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (found.stream().noneMatch(s -> s.start() <= m.start(1) && m.start(1) < s.end())) {
          found.add(mention(m.group(1).strip(), m.start(1)));
        }
      }
    }
    return found;
  }

  private SourceMention mention(String line, int start) {
    Outlet outlet = reuters.orElseThrow();
    return new SourceMention(
        outlet.canonicalName(),
        Optional.of(outlet.id()),
        SourceRole.CREDIT,
        line,
        start,
        start + line.length());
  }
}
