package io.newsetl.bench;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Names, dates and formats of the files of the benchmark corpus. Documents of each source are
 * numbered from 0; document {@code n} is filed under the date {@code first + n mod days}, as {@code
 * YYYY/MM/DD/<source>-<id>.<ext>}. Two in a hundred Latin-script documents are rendered as PDF and
 * DOCX, and a quarter of the Arabic ones as HTML; everything else keeps its own format. Stateless
 * and thread-safe.
 */
public final class CorpusLayout {

  /** Formats of corpus files. */
  public enum Format {
    TXT("txt"),
    HTML("html"),
    PDF("pdf"),
    DOCX("docx");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  private final LocalDate first;
  private final int days;

  /**
   * @param first the first archive date
   * @param days how many consecutive dates the documents are spread over, at least 1
   */
  public CorpusLayout(LocalDate first, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    this.first = first;
    this.days = days;
  }

  /** The archive date of the {@code n}-th document of a source. */
  public LocalDate dateOf(int n) {
    return first.plusDays(Math.floorMod(n, days));
  }

  /**
   * The relative path of the {@code n}-th document of a source.
   *
   * @param id the document's id in its source: letters, digits, {@code -} and {@code _} are kept,
   *     anything else becomes {@code _}
   */
  public String pathOf(String source, int n, String id, Format format) {
    LocalDate date = dateOf(n);
    return String.format(
        Locale.ROOT,
        "%04d/%02d/%02d/%s-%s.%s",
        date.getYear(),
        date.getMonthValue(),
        date.getDayOfMonth(),
        source,
        id.replaceAll("[^A-Za-z0-9_-]", "_"),
        format.extension());
  }

  /** The format of the {@code n}-th plain-text document of a Latin-script source. */
  public static Format latinFormat(int n) {
    return switch (Math.floorMod(n, 100)) {
      case 0 -> Format.PDF;
      case 50 -> Format.DOCX;
      default -> Format.TXT;
    };
  }

  /** The format of the {@code n}-th Arabic document, which comes as plain text. */
  public static Format arabicFormat(int n) {
    return Math.floorMod(n, 4) == 0 ? Format.HTML : Format.TXT;
  }
}
