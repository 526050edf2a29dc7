package io.newsetl.clean;

/** Interim word counter. */
public final class WordCounter {

  public int count(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
