package io.newsetl.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a folder of hostile and broken inputs, generated here and never downloaded, and says for
 * each file which outcomes are acceptable: {@code article} or a reject reason. Binary formats (PDF,
 * DOCX) come from {@link OfficeFixtures}.
 */
public final class HostileCorpus {

  /** The text of a file outside the input root that an external entity points at. */
  public static final String SECRET = "SECRET-7f3c2a-must-never-appear";

  private final Path root;
  private final Path outside;
  private final Map<String, Set<String>> expected = new LinkedHashMap<>();

  private HostileCorpus(Path root, Path outside) {
    this.root = root;
    this.outside = outside;
  }

  /** Writes the corpus into {@code root}; {@code outside} receives files that lie outside it. */
  public static HostileCorpus write(Path root, Path outside) throws IOException {
    HostileCorpus corpus = new HostileCorpus(root, outside);
    Files.createDirectories(root);
    Files.createDirectories(outside);
    corpus.plainFiles();
    corpus.markup();
    corpus.containers();
    corpus.office();
    corpus.fileSystem();
    return corpus;
  }

  /** Relative path below the root → acceptable outcomes ({@code article} or reject reasons). */
  public Map<String, Set<String>> expected() {
    return expected;
  }

  public Path secretFile() {
    return outside.resolve("secret.txt");
  }

  private void plainFiles() throws IOException {
    put("empty.txt", new byte[0], "empty");
    put("nul-filled.txt", new byte[1 << 20], "empty");
    put("junk.html", junk(64 * 1024, 1), "malformed", "unsupported");
    put("junk.pdf", junk(32 * 1024, 2), "malformed", "unsupported");
    byte[] invalid =
        concat(
            "Markets fell sharply on Tuesday as traders ".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0x80},
            " weighed the central bank decision against weak data."
                .getBytes(StandardCharsets.UTF_8));
    put("invalid-utf8.txt", invalid, "article");
    byte[] mixed =
        concat(
            "Le président a déclaré mardi que la réforme avancera. "
                .getBytes(StandardCharsets.UTF_8),
            "Les syndicats ont réagi à la déclaration du ministère."
                .getBytes(Charset.forName("windows-1252")));
    put("mixed-encodings.txt", mixed, "article");
    put(
        "خبر-عاجل.txt",
        "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني وتوفير فرص العمل للشباب."
            .getBytes(StandardCharsets.UTF_8),
        "article");
    put(
        "name with \"quotes\" and\nnewline.txt",
        "Officials said on Friday that the bridge would reopen next month after repairs."
            .getBytes(StandardCharsets.UTF_8),
        "article");
    try (RandomAccessFile huge =
        new RandomAccessFile(root.resolve("huge-500mb.txt").toFile(), "rw")) {
      huge.setLength(500L << 20);
    }
    expected.put("huge-500mb.txt", Set.of("too_large"));
  }

  private void markup() throws IOException {
    Files.writeString(secretFile(), SECRET);
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE story [<!ENTITY leak SYSTEM \""
            + secretFile().toUri()
            + "\">]>\n<story><p>Exclusive report: &leak; was disclosed today.</p></story>\n";
    put(
        "xxe.xml",
        xxe.getBytes(StandardCharsets.UTF_8),
        "article",
        "unsafe",
        "malformed",
        "no_text");
    put(
        "billion-laughs.xml",
        billionLaughs().getBytes(StandardCharsets.UTF_8),
        "unsafe",
        "malformed",
        "too_large");
    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(50_000))
        .append("<p>The deepest paragraph of a very deep page reports rain.</p>");
    deep.append("</div>".repeat(50_000)).append("</body></html>");
    put(
        "deep-nesting.html",
        deep.toString().getBytes(StandardCharsets.UTF_8),
        "article",
        "no_text",
        "malformed",
        "unsafe");
    put(
        "deep-groups.rtf",
        ("{\\rtf1 " + "{".repeat(40_000) + "text" + "}".repeat(40_000) + "}")
            .getBytes(StandardCharsets.US_ASCII),
        "article",
        "no_text",
        "malformed",
        "unsafe");
    put(
        "many-attachments.eml",
        manyAttachments(1100).getBytes(StandardCharsets.UTF_8),
        "too_large");
  }

  private void containers() throws IOException {
    put("zip-bomb.zip", zip("zeros.txt", new byte[100 << 20]), "too_large");
    byte[] nested = "The innermost story of a nested archive.".getBytes(StandardCharsets.UTF_8);
    String name = "story.txt";
    for (int level = 20; level >= 1; level--) {
      nested = zip(name, nested);
      name = "level-" + level + ".zip";
    }
    put("nested-20.zip", nested, "unsafe");
    put(
        "zip-slip.zip",
        zip("../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8)),
        "unsafe");
    byte[] gzip = gzip(new byte[100 << 20]);
    put("gzip-bomb.txt.gz", gzip, "too_large");
  }

  private void office() throws IOException {
    byte[] pdf =
        OfficeFixtures.textPdf("Parliament approved the budget after a long debate on Thursday.");
    put(
        "truncated.pdf",
        java.util.Arrays.copyOf(pdf, pdf.length / 2),
        "malformed",
        "no_text",
        "article");
    put("encrypted.pdf", OfficeFixtures.encryptedPdf("The minister resigned."), "encrypted");
    put("scanned-no-text.pdf", OfficeFixtures.imageOnlyPdf(), "no_text");
    put("password.docx", OfficeFixtures.passwordDocx(), "encrypted");
  }

  private void fileSystem() throws IOException {
    Files.writeString(
        root.resolve("real-story.txt"),
        "Rescue teams reached the village on Sunday after the flood.");
    expected.put("real-story.txt", Set.of("article"));
    Files.createSymbolicLink(root.resolve("link-inside.txt"), root.resolve("real-story.txt"));
    expected.put("link-inside.txt", Set.of("article"));
    Files.createSymbolicLink(root.resolve("link-outside.txt"), secretFile());
    expected.put("link-outside.txt", Set.of("unsafe"));
    Files.createSymbolicLink(root.resolve("loop-a.txt"), root.resolve("loop-b.txt"));
    Files.createSymbolicLink(root.resolve("loop-b.txt"), root.resolve("loop-a.txt"));
    expected.put("loop-a.txt", Set.of("unreadable"));
    expected.put("loop-b.txt", Set.of("unreadable"));
    if (mkfifo(root.resolve("pipe.txt"))) {
      expected.put("pipe.txt", Set.of("unreadable"));
    }
  }

  private void put(String name, byte[] content, String... outcomes) throws IOException {
    Files.write(root.resolve(name), content);
    expected.put(name, Set.of(outcomes));
  }

  private static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String billionLaughs() {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String previous = i == 1 ? "lol" : "lol" + (i - 1);
      xml.append(" <!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&" + previous + ";").repeat(10))
          .append("\">\n");
    }
    return xml.append("]>\n<lolz>&lol9;</lolz>\n").toString();
  }

  static String manyAttachments(int count) {
    StringBuilder mail =
        new StringBuilder(
            "From: desk@example.org\nTo: archive@example.org\n"
                + "Subject: Attachments\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/plain\n\nSee the attached notes.\n");
    for (int i = 0; i < count; i++) {
      mail.append("--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=\"n")
          .append(i)
          .append(".txt\"\n\nnote ")
          .append(i)
          .append('\n');
    }
    return mail.append("--b--\n").toString();
  }

  private static byte[] junk(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    bytes[0] = 0x7f;
    return bytes;
  }

  static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
