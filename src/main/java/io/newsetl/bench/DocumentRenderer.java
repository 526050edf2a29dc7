package io.newsetl.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Renders an article's title and text as the bytes of a file of the benchmark corpus: HTML, PDF
 * (PDFBox, Helvetica, so characters outside Latin-1 become {@code ?}) or DOCX (Apache POI).
 * Paragraphs are separated by blank lines. Stateless and thread-safe.
 */
final class DocumentRenderer {

  private static final int LINE_CHARS = 90;
  private static final int LINES_PER_PAGE = 60;

  private DocumentRenderer() {}

  static byte[] html(String title, String text) {
    StringBuilder page =
        new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
            .append(escape(title))
            .append("</title></head>\n<body><nav><a href=\"/\">Home</a></nav>\n<article><h1>")
            .append(escape(title))
            .append("</h1>\n");
    for (String paragraph : paragraphs(text)) {
      page.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    return page.append("</article></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] pdf(String title, String text) throws IOException {
    List<String> lines = new ArrayList<>(List.of(latin1(title), ""));
    for (String paragraph : paragraphs(text)) {
      lines.addAll(wrap(latin1(paragraph)));
      lines.add("");
    }
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(12);
          content.newLineAtOffset(50, 750);
          for (String line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String title, String text) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText(title);
      for (String paragraph : paragraphs(text)) {
        document.createParagraph().createRun().setText(paragraph);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  /** The paragraphs of a text: blocks between blank lines, each on one line. */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      String paragraph = block.strip().replaceAll("\\s+", " ");
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }

  private static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + word.length() + 1 > LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String latin1(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> out.append(c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff ? (char) c : '?'));
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
