package io.newsetl.enrich.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds a publication date stated in words: a complete date right after a word that says published
 * ("Published on", "Veröffentlicht am", "Publié le", "Publicado el", "Pubblicato il",
 * "Опубликовано", "发布时间", "نُشر في", "تاريخ النشر" …), else after a date label ("Date:", "Datum:",
 * "Fecha:", "التاريخ:"), else after a word that says updated ("Updated", "Aktualisiert", "Mis à
 * jour", "Actualizado", "Обновлено", "更新", "آخر تحديث"). At most {@value #GAP} characters may
 * separate the word and the date; a date may also come up to {@value #BEFORE} characters before a
 * word that says published ("am 3. Dezember 2011 veröffentlicht"). Within a group, the first
 * statement in the text wins.
 *
 * <p>Stateless and thread-safe. Returns empty when the text states no such date.
 */
public final class TextDateExtractor {

  static final int GAP = 40;
  static final int BEFORE = 24;

  private static final List<CuePattern> CUES =
      List.of(
          CuePattern.of(
              "published|posted|first\\s+published|publication\\s+date|released|veröffentlicht|publiziert"
                  + "|erschienen|erstellt|geschrieben|publié|publiée|mis\\s+en\\s+ligne|publicado|publicada"
                  + "|publicación|pubblicato|pubblicata|gepubliceerd|geplaatst|opublikowano|publikováno"
                  + "|zveřejněno|objavljeno|közzétéve|julkaistu|publicerad|publiceret|udgivet|yayınlanma"
                  + "|yayınlandı|опубликовано|опубликован|опубліковано|дата\\s+публикации|发布|發布|发表|發表"
                  + "|نُشر|نشر|تاريخ\\s+النشر|منشور"),
          CuePattern.of("(?:date|datum|fecha|data|дата|日期|التاريخ)\\s?[:：]"),
          CuePattern.of(
              "updated|last\\s+updated|modified|aktualisiert|geändert|stand|mis\\s+à\\s+jour|actualizado"
                  + "|aggiornato|atualizado|bijgewerkt|обновлено|оновлено|更新|آخر\\s+تحديث|تحديث"));

  private final WrittenDateParser parser;

  public TextDateExtractor() {
    this(new WrittenDateParser());
  }

  TextDateExtractor(WrittenDateParser parser) {
    this.parser = parser;
  }

  /** The stated publication day, or empty. */
  public Optional<LocalDate> extract(String text, DayOrder order) {
    for (CuePattern cue : CUES) {
      Matcher m = cue.matcher(text);
      for (int from = 0; cue.find(m, text, from); from = m.end()) {
        Optional<LocalDate> date = dateAfter(text, m.end(), order);
        if (date.isEmpty() && cue == CUES.get(0)) {
          date = dateBefore(text, m.start(), order);
        }
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** "wurde am 3. Dezember 2011 um 14:48 veröffentlicht": a date just before the word. */
  private Optional<LocalDate> dateBefore(String text, int to, DayOrder order) {
    String window = text.substring(Math.max(0, to - BEFORE - 40), to);
    return parser.findAll(window, order).stream()
        .filter(
            d -> window.length() - d.end() <= BEFORE && !window.substring(d.end()).contains("\n"))
        .reduce((first, second) -> second)
        .map(WrittenDate::date);
  }

  private Optional<LocalDate> dateAfter(String text, int from, DayOrder order) {
    String window = text.substring(from, Math.min(text.length(), from + GAP + 40));
    return parser.findAll(window, order).stream()
        .filter(d -> d.start() <= GAP && !window.substring(0, d.start()).contains("\n"))
        .findFirst()
        .map(WrittenDate::date);
  }
}
