package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads CoNLL name-tagging files: one token per line with the name label in the last column
 * (CoNLL-2003's four columns, ANERcorp's two), blank lines between sentences, {@code -DOCSTART-}
 * lines between documents. IOB1 and IOB2 input both come out as IOB2 over {@link NameClass} names
 * (PER/PERS, ORG, LOC, MISC). Not thread-safe; a new reader per file is cheap.
 */
public final class ConllReader {

  private final List<ConllSentence> sentences = new ArrayList<>();
  private final List<String> tokens = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private boolean documentStart = true;
  private int lineNumber;

  private ConllReader() {}

  /**
   * The sentences of a file, in order.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException on a line with an unknown label, naming the line
   */
  public static List<ConllSentence> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The sentences of CoNLL text; see {@link #read(Path)}. */
  public static List<ConllSentence> read(BufferedReader in) throws IOException {
    ConllReader reader = new ConllReader();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      reader.accept(line);
    }
    reader.endSentence();
    return List.copyOf(reader.sentences);
  }

  private void accept(String line) {
    lineNumber++;
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      endSentence();
      return;
    }
    String[] columns = trimmed.split("\\s+");
    if (columns[0].equals("-DOCSTART-")) {
      endSentence();
      documentStart = true;
      return;
    }
    if (columns.length < 2) {
      throw new IllegalArgumentException("line " + lineNumber + ": no label column: " + line);
    }
    tokens.add(columns[0]);
    labels.add(toIob2(columns[columns.length - 1]));
  }

  private String toIob2(String raw) {
    if (raw.equals("O")) {
      return "O";
    }
    if (raw.length() < 3 || raw.charAt(1) != '-' || "BI".indexOf(raw.charAt(0)) < 0) {
      throw new IllegalArgumentException("line " + lineNumber + ": unknown label " + raw);
    }
    String type =
        nameClass(raw.substring(2))
            .orElseThrow(
                () -> new IllegalArgumentException("line " + lineNumber + ": unknown type " + raw))
            .name();
    String previous = labels.isEmpty() ? "O" : labels.get(labels.size() - 1);
    boolean continues =
        raw.charAt(0) == 'I' && previous.length() > 2 && previous.substring(2).equals(type);
    return (continues ? "I-" : "B-") + type;
  }

  /** The coarse class of a CoNLL or ANERcorp type name, or empty when it is none of them. */
  static Optional<NameClass> nameClass(String type) {
    return switch (type.toUpperCase(Locale.ROOT)) {
      case "PER", "PERS", "PERSON" -> Optional.of(NameClass.PERSON);
      case "ORG", "ORGANIZATION" -> Optional.of(NameClass.ORGANIZATION);
      case "LOC", "LOCATION" -> Optional.of(NameClass.LOCATION);
      case "MISC" -> Optional.of(NameClass.MISC);
      default -> Optional.empty();
    };
  }

  private void endSentence() {
    if (!tokens.isEmpty()) {
      sentences.add(new ConllSentence(tokens, labels, documentStart));
      documentStart = false;
      tokens.clear();
      labels.clear();
    }
  }
}
