package io.newsetl.enrich.entities.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unlabeled text for word clusters: every file under a folder, read as UTF-8 text with markup tags
 * removed; {@code .gz} files are decompressed, {@code .zip} and {@code .tar.gz} archives are read
 * entry by entry. Files are visited in path order so that clusters are reproducible.
 */
public final class UnlabeledText {

  private static final Pattern MARKUP = Pattern.compile("<[^<>]{0,200}>|&[a-z]{2,6};");
  private static final int TAR_BLOCK = 512;

  private UnlabeledText() {}

  /**
   * Passes the text of each file (or archive entry) under {@code folder} to {@code sink}.
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  public static void forEachText(Path folder, Consumer<String> sink) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        read(file, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }

  private static void read(Path file, Consumer<String> sink) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try (InputStream in = Files.newInputStream(file)) {
      if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
        readTar(new GZIPInputStream(in), sink);
      } else if (name.endsWith(".gz")) {
        sink.accept(text(new GZIPInputStream(in).readAllBytes()));
      } else if (name.endsWith(".zip")) {
        readZip(new ZipInputStream(in), sink);
      } else if (!List.of(".md", ".dtd").stream().anyMatch(name::endsWith)) {
        sink.accept(text(in.readAllBytes()));
      }
    }
  }

  private static void readZip(ZipInputStream zip, Consumer<String> sink) throws IOException {
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (!entry.isDirectory()) {
        sink.accept(text(zip.readAllBytes()));
      }
    }
  }

  private static void readTar(InputStream tar, Consumer<String> sink) throws IOException {
    while (true) {
      byte[] header = tar.readNBytes(TAR_BLOCK);
      if (header.length < TAR_BLOCK || header[0] == 0) {
        return;
      }
      String octal =
          new String(header, 124, 12, StandardCharsets.US_ASCII).replaceAll("[^0-7]", "");
      long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
      byte[] body = tar.readNBytes((int) size);
      tar.skipNBytes((TAR_BLOCK - size % TAR_BLOCK) % TAR_BLOCK);
      if (header[156] == '0' || header[156] == 0) {
        sink.accept(text(body));
      }
    }
  }

  private static String text(byte[] bytes) {
    return MARKUP.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll(" ");
  }
}
