package org.sujarit.complaint.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.sujarit.common.RuleViolation;

/** Real files, built here with their identifying metadata, come out without it and still open. */
public class MetadataStripperTest {
  static final String WHO = "Somchai Jaidee";
  static final String GPS = "GPS 16.4321N 102.8236E";

  @Test
  void jpegLosesExifGpsXmpAndCommentsButStillDecodes() throws IOException {
    byte[] plain = image("jpg");
    byte[] tagged = insertAfter(plain, 2, segment(0xE1, "Exif\0\0MM\0*" + WHO + GPS), segment(0xE1, "http://ns.adobe.com/xap/1.0/\0" + WHO),
        segment(0xED, "Photoshop 3.0\0" + WHO), segment(0xFE, WHO));
    assertThat(contains(tagged, WHO)).isTrue();
    MetadataStripper.Cleaned c = MetadataStripper.clean("รูป.JPG", tagged);
    assertThat(c.kind()).isEqualTo(MetadataStripper.Kind.JPEG);
    assertThat(contains(c.content(), WHO)).isFalse();
    assertThat(contains(c.content(), "GPS")).isFalse();
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(c.content()));
    assertThat(back.getWidth()).isEqualTo(40);
  }

  @Test
  void pngLosesTextTimeAndExifChunks() throws IOException {
    byte[] plain = image("png");
    byte[] tagged = insertAfter(plain, 33, chunk("tEXt", "Author\0" + WHO), chunk("iTXt", "GPS\0\0\0\0\0" + GPS), chunk("tIME", "\7\352\1\1\0\0\0"),
        chunk("eXIf", "MM\0*" + WHO));
    MetadataStripper.Cleaned c = MetadataStripper.clean("map.png", tagged);
    assertThat(contains(c.content(), WHO)).isFalse();
    assertThat(contains(c.content(), "GPS")).isFalse();
    assertThat(ImageIO.read(new ByteArrayInputStream(c.content())).getHeight()).isEqualTo(30);
  }

  @Test
  void pdfLosesItsInfoDictionaryAndXmp() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.getDocumentInformation().setAuthor(WHO);
      doc.getDocumentInformation().setCreator("Scanner of " + WHO);
      doc.getDocumentInformation().setCreationDate(Calendar.getInstance());
      PDMetadata xmp = new PDMetadata(doc);
      xmp.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + WHO + "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
      doc.getDocumentCatalog().setMetadata(xmp);
      doc.save(out);
    }
    assertThat(contains(out.toByteArray(), WHO)).isTrue();
    MetadataStripper.Cleaned c = MetadataStripper.clean("หลักฐาน.pdf", out.toByteArray());
    assertThat(contains(c.content(), WHO)).isFalse();
    try (PDDocument back = Loader.loadPDF(c.content())) {
      assertThat(back.getNumberOfPages()).isEqualTo(1);
      assertThat(back.getDocumentInformation().getAuthor()).isNull();
      assertThat(back.getDocumentCatalog().getMetadata()).isNull();
    }
  }

  @Test
  void docxLosesAuthorCompanyAndTheAuthorsOfChanges() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("เนื้อหาคำร้อง");
      doc.getProperties().getCoreProperties().setCreator(WHO);
      doc.getProperties().getCoreProperties().setLastModifiedByUser(WHO);
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("บริษัทของ " + WHO);
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setManager(WHO);
      doc.getProperties().getCustomProperties().addProperty("Owner", WHO);
      doc.write(out);
    }
    byte[] withChange = rewriteEntry(out.toByteArray(), "word/document.xml",
        xml -> xml.replace("<w:body>", "<w:body><w:p><w:ins w:id=\"1\" w:author=\"" + WHO + "\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:t>x</w:t></w:r></w:ins></w:p>"));
    MetadataStripper.Cleaned c = MetadataStripper.clean("คำร้อง.docx", withChange);
    assertThat(unzippedText(c.content())).doesNotContain(WHO).contains("เนื้อหาคำร้อง");
    try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(c.content()))) {
      assertThat(back.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
      assertThat(back.getParagraphs()).isNotEmpty();
    }
  }

  @Test
  void mismatchedDamagedAndForeignFilesAreRefused() throws IOException {
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> MetadataStripper.clean("photo.jpg", pdf)).extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("complaint.file.mismatch");
    assertThatThrownBy(() -> MetadataStripper.clean("tool.exe", pdf)).extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("complaint.file.type");
    byte[] jpeg = image("jpg");
    byte[] truncated = java.util.Arrays.copyOf(jpeg, jpeg.length / 3);
    assertThatThrownBy(() -> MetadataStripper.clean("cut.jpg", truncated)).extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("complaint.file.damaged");
    assertThatThrownBy(() -> MetadataStripper.clean("x.pdf", pdf)).extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("complaint.file.damaged");
    byte[] zip = zip("hello.txt", "not word");
    assertThatThrownBy(() -> MetadataStripper.clean("x.docx", zip)).extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("complaint.file.damaged");
  }

  // ---- building files ----------------------------------------------------------------------

  static byte[] image(String format) throws IOException {
    BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) for (int y = 0; y < 30; y++) img.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x40);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  /** A JPEG with EXIF (GPS) and the photographer's name in every kind of metadata segment: what a phone camera writes. */
  public static byte[] jpegWithMetadata(String who) throws IOException {
    return insertAfter(image("jpg"), 2, segment(0xE1, "Exif\0\0MM\0*" + who + GPS), segment(0xFE, who));
  }

  static byte[] segment(int marker, String body) {
    byte[] b = body.getBytes(StandardCharsets.ISO_8859_1);
    return ByteBuffer.allocate(4 + b.length).put((byte) 0xFF).put((byte) marker).putShort((short) (b.length + 2)).put(b).array();
  }

  static byte[] chunk(String type, String body) {
    byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
    byte[] b = body.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(b);
    return ByteBuffer.allocate(12 + b.length).putInt(b.length).put(t).put(b).putInt((int) crc.getValue()).array();
  }

  static byte[] insertAfter(byte[] file, int at, byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(file, 0, at);
    for (byte[] p : parts) out.writeBytes(p);
    out.write(file, at, file.length - at);
    return out.toByteArray();
  }

  static boolean contains(byte[] content, String text) {
    return new String(content, StandardCharsets.ISO_8859_1).contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  static byte[] zip(String name, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      z.putNextEntry(new java.util.zip.ZipEntry(name));
      z.write(text.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] rewriteEntry(byte[] docx, String entry, java.util.function.UnaryOperator<String> edit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx));
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] body = in.readAllBytes();
        if (e.getName().equals(entry)) body = edit.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        z.write(body);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static String unzippedText(byte[] zip) throws IOException {
    StringBuilder b = new StringBuilder();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
      while (in.getNextEntry() != null) b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    return b.toString();
  }
}
