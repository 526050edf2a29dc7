package io.newsetl.clean;

/** A language code (ISO 639-1, or {@code und}) and the confidence in it, 0 to 1. */
public record LanguageGuess(String language, double confidence) {}
