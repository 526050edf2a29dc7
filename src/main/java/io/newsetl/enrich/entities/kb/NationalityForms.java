package io.newsetl.enrich.entities.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * The regular feminine and plural forms of a country adjective or demonym, so that the knowledge
 * base lists one form per language: الصيني → الصينية, الصينيين, الصينيون, صيني...; chinois →
 * chinoise, chinoises; chino → china, chinos, chinas; chinesisch → chinesische, chinesischen...;
 * American → Americans. Russian forms are reached by stemming instead.
 */
final class NationalityForms {

  private NationalityForms() {}

  /** The alias itself first, then its other forms. */
  static List<String> of(String adjective, String language) {
    List<String> forms = new ArrayList<>();
    forms.add(adjective);
    switch (language) {
      case "ar" -> arabic(adjective, forms);
      case "fr" -> suffixes(adjective, forms, frenchSuffixes(adjective));
      case "es" -> spanish(adjective, forms);
      case "de" -> suffixes(adjective, forms, List.of("e", "en", "er", "es"));
      case "en" ->
          suffixes(
              adjective,
              forms,
              adjective.endsWith("n") || adjective.endsWith("i") ? List.of("s") : List.of());
      default -> {}
    }
    return forms;
  }

  // italien → italienne, italiens, italiennes; breton → bretonne; chinois → chinoise, chinoises
  private static List<String> frenchSuffixes(String adjective) {
    if (adjective.endsWith("e")) {
      return List.of("s");
    }
    if (adjective.endsWith("s")) {
      return List.of("e", "es");
    }
    if (adjective.endsWith("en") || adjective.endsWith("on")) {
      return List.of("ne", "s", "nes");
    }
    return List.of("e", "s", "es");
  }

  private static void arabic(String adjective, List<String> forms) {
    if (!adjective.endsWith("ي")) {
      return;
    }
    List<String> bases =
        adjective.startsWith("ال")
            ? List.of(adjective, adjective.substring(2))
            : List.of(adjective, "ال" + adjective);
    for (String base : bases) {
      for (String suffix : List.of("", "ة", "ين", "ون")) {
        String form = base + suffix;
        if (!forms.contains(form)) {
          forms.add(form);
        }
      }
    }
  }

  private static void spanish(String adjective, List<String> forms) {
    if (adjective.endsWith("o")) {
      String stem = adjective.substring(0, adjective.length() - 1);
      List.of("a", "os", "as").forEach(s -> forms.add(stem + s));
    } else if (adjective.endsWith("e") || adjective.endsWith("í")) {
      forms.add(adjective + "s");
    } else {
      List.of("a", "es", "as").forEach(s -> forms.add(adjective + s));
    }
  }

  private static void suffixes(String adjective, List<String> forms, List<String> suffixes) {
    suffixes.forEach(s -> forms.add(adjective + s));
  }
}
