package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsetl.enrich.entities.NameTagger;
import io.newsetl.enrich.entities.NameTaggers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileNameTaggersTests {

  @TempDir static Path folder;
  private static Path english;

  private static final NameTagger ARABIC = text -> List.of();

  /** Other taggers with only an Arabic one. */
  private static final NameTaggers OTHERS =
      language -> "ar".equals(language) ? Optional.of(ARABIC) : Optional.empty();

  @BeforeAll
  static void writeTheShippedEnglishModelToAFile() throws IOException {
    english = folder.resolve("ner-en.bin.gz");
    try (OutputStream out = Files.newOutputStream(english)) {
      BundledNameTaggers.model("en").write(out, 0);
    }
  }

  @Test
  void theFileTagsItsLanguageAndTheOthersTheRest() {
    ModelFileNameTaggers taggers = new ModelFileNameTaggers(Map.of("en", english), OTHERS);
    String text = "Janet Yellen met officials in Beijing, Reuters reported.";

    assertThat(taggers.forLanguage("en").orElseThrow().tag(text))
        .isEqualTo(new BundledNameTaggers().forLanguage("en").orElseThrow().tag(text))
        .isNotEmpty();
    assertThat(taggers.forLanguage("ar")).containsSame(ARABIC);
    assertThat(taggers.forLanguage("fr")).isEmpty();
    assertThat(taggers.forLanguage(null)).isEmpty();
  }

  @Test
  void aModelOfAnotherLanguageIsRefused() {
    assertThatThrownBy(() -> new ModelFileNameTaggers(Map.of("ar", english), OTHERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the name-tagging model " + english + " is for en, not ar");
  }

  @Test
  void aMissingFileIsRefusedWithItsPath() {
    Path missing = folder.resolve("absent.bin.gz");
    assertThatThrownBy(() -> new ModelFileNameTaggers(Map.of("en", missing), OTHERS))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }
}
