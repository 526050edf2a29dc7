package io.newsetl.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** PDF and Office files made in memory with PDFBox and POI (both come with Tika). */
public final class OfficeFixtures {

  private OfficeFixtures() {}

  /** A one-page PDF with a text layer. */
  public static byte[] textPdf(String text) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      addTextPage(pdf, text);
      return save(pdf);
    }
  }

  /** A PDF that needs a user password to open. */
  static byte[] encryptedPdf(String text) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      addTextPage(pdf, text);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      return save(pdf);
    }
  }

  /** A PDF page that is only a picture, like a scan without OCR. */
  static byte[] imageOnlyPdf() throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 200; x++) {
        scan.setRGB(x, x % 100, 0xffffff);
      }
      PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(image, 50, 500);
      }
      return save(pdf);
    }
  }

  /** A Word document encrypted with a password (agile encryption, as Office writes it). */
  static byte[] passwordDocx() throws IOException {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("The board met in secret on Monday.");
      document.write(docx);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("docx-pw");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(docx.toByteArray());
      }
      ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
      fs.writeFilesystem(encrypted);
      return encrypted.toByteArray();
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot encrypt the test document", e);
    }
  }

  private static void addTextPage(PDDocument pdf, String text) throws IOException {
    PDPage page = new PDPage();
    pdf.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(72, 700);
      content.showText(text);
      content.endText();
    }
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }
}
