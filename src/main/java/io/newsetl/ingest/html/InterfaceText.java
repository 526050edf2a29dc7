package io.newsetl.ingest.html;

import java.util.regex.Pattern;

/**
 * Recognises the short strings of page furniture that sit inside article containers: sharing and
 * comment prompts, "read more" and "related" labels, ad markers, consent and subscription prompts,
 * photo credits, reading-time labels. English, German, French, Spanish, Italian, Polish and
 * Portuguese. Stateless and thread-safe.
 */
final class InterfaceText {

  private static final Pattern WHOLE =
      Pattern.compile(
          "(?iu)^(?:advertisement|advertising|ad|anzeige|werbung|publicité|publicidad|pubblicità|reklama|sponsored("
              + " content)?|share( this)?( article| story|"
              + " post)?|teilen|partager|compartir|tweet|e-?mail|print|drucken|imprimer|comments?|\\d+"
              + " comments?|kommentare?|commentaires?|read more|continue reading|weiterlesen|lire"
              + " la suite|leer más|read the full (?:story|article)|related( articles| stories|"
              + " content)?|see also|mehr zum thema|lesen sie auch|das könnte sie auch"
              + " interessieren|weitere artikel|ähnliche artikel|empfohlene"
              + " beiträge|schlagworte|tags|à lire aussi|lire aussi|voir aussi|sur le même sujet|te"
              + " puede interesar|leggi anche|czytaj także|zobacz także|more from .{0,40}|sign"
              + " up.*|subscribe.*|abonnieren.*|follow us.*|folgen sie uns.*|click"
              + " here.*|loading.*|skip to .*|back to top|nach oben|we use cookies.*|accept( all)?("
              + " cookies)?|privacy policy|datenschutz(erklärung)?|impressum|terms of"
              + " (?:use|service)|all rights reserved.*|copyright .*|©"
              + " ?.*|image|photo|foto|video|watch|listen|close|schließen|menu|menü|next|previous|weiter|zurück|top|\\d+"
              + " min(?:ute)?s? read|lesezeit:? \\d+ min(?:uten)?)[\\s.:!»>|]*$");

  /** Credits and captions: "Photo: Reuters", "Bild: dpa", "Crédits photos : ...". */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?iu)^(?:photo|foto|bild|image|kuva|titelbild|beitragsbild|crédits? photos?"
              + "|credits?|picture|zdjęcie|fot\\.)\\s*:.{0,80}$");

  private InterfaceText() {}

  static boolean matches(String text) {
    return WHOLE.matcher(text).matches() || CREDIT.matcher(text).matches();
  }
}
