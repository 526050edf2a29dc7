package io.newsetl.clean;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

/** Interim normalizer: NFC, collapsed spaces, blocks separated by one blank line. */
public final class TextNormalizer {

  public String normalize(List<String> blocks) {
    return blocks.stream()
        .map(b -> Normalizer.normalize(b, Normalizer.Form.NFC).replaceAll("[\\h]+", " ").strip())
        .filter(b -> !b.isEmpty())
        .collect(Collectors.joining("\n\n"));
  }
}
