package io.newsetl.write.parquet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partition a staged file belongs to, which is also its name inside its chunk's folder: {@code
 * articles_2024-01-31_en.parquet} or {@code rejects_2024-01-31.parquet}.
 *
 * @param dataset articles or rejects
 * @param date the archive date
 * @param language the language of an articles group, empty for rejects
 */
record StagedGroup(Dataset dataset, LocalDate date, Optional<String> language)
    implements Comparable<StagedGroup> {

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9-]+");
  private static final Pattern FILE_NAME =
      Pattern.compile("(articles|rejects)_(\\d{4}-\\d{2}-\\d{2})(?:_([A-Za-z0-9-]+))?\\.parquet");

  StagedGroup {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(language, "language");
    if (language.isPresent() != (dataset == Dataset.ARTICLES)) {
      throw new IllegalArgumentException("a language goes with articles only: " + dataset);
    }
    language.ifPresent(StagedGroup::requireSafeLanguage);
  }

  static StagedGroup articles(LocalDate date, String language) {
    return new StagedGroup(Dataset.ARTICLES, date, Optional.of(language));
  }

  static StagedGroup rejects(LocalDate date) {
    return new StagedGroup(Dataset.REJECTS, date, Optional.empty());
  }

  /** The group a staged file name stands for; empty for any other name (temporary files). */
  static Optional<StagedGroup> parse(String fileName) {
    Matcher matcher = FILE_NAME.matcher(fileName);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(matcher.group(2));
      return "articles".equals(matcher.group(1))
          ? Optional.ofNullable(matcher.group(3)).map(language -> articles(date, language))
          : Optional.of(rejects(date)).filter(group -> matcher.group(3) == null);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  String fileName() {
    return dataset.folder() + "_" + date + language.map(l -> "_" + l).orElse("") + ".parquet";
  }

  @Override
  public int compareTo(StagedGroup other) {
    int byDate = date.compareTo(other.date);
    if (byDate != 0) {
      return byDate;
    }
    int byDataset = dataset.compareTo(other.dataset);
    return byDataset != 0 ? byDataset : language.orElse("").compareTo(other.language.orElse(""));
  }

  private static void requireSafeLanguage(String language) {
    if (!LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException("language code not usable in a path: " + language);
    }
  }
}
