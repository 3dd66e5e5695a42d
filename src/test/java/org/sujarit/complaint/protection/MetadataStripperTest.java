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
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.sujarit.common.RuleViolation;
import org.sujarit.complaint.internal.Complaints;

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
    assertThat(pdfText(out.toByteArray())).contains(WHO);
    MetadataStripper.Cleaned c = MetadataStripper.clean("หลักฐาน.pdf", out.toByteArray());
    assertThat(pdfText(c.content())).doesNotContain(WHO);
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

  @Test
  void docxPicturesLoseTheirMetadataAndEmbeddedObjectsCustomXmlAndTheTemplatePathGo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFRun run = doc.createParagraph().createRun();
      run.setText("ภาพถ่ายหน้างาน");
      run.addPicture(new ByteArrayInputStream(jpegWithMetadata(WHO)), Document.PICTURE_TYPE_JPEG, "IMG_0001.jpg", Units.toEMU(40), Units.toEMU(30));
      byte[] png = insertAfter(image("png"), 33, chunk("tEXt", "Author\0" + WHO));
      run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "map.png", Units.toEMU(40), Units.toEMU(30));
      doc.write(out);
    }
    byte[] docx = rewriteEntry(out.toByteArray(), "word/document.xml", xml -> xml.replace("</w:body>", "<w:p><w:r><w:object>"
        + "<o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        + " Type=\"Embed\" ProgID=\"Excel.Sheet.12\" r:id=\"rIdOle\"/></w:object></w:r></w:p></w:body>"));
    docx = rewriteEntry(docx, "word/_rels/document.xml.rels", xml -> xml.replace("</Relationships>",
        "<Relationship Id=\"rIdOle\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\" Target=\"embeddings/oleObject1.bin\"/>"
            + "<Relationship Id=\"rIdXml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml\" Target=\"../customXml/item1.xml\"/>"
            + "</Relationships>"));
    docx = rewriteEntry(docx, "[Content_Types].xml", xml -> xml.replace("</Types>",
        "<Override PartName=\"/word/embeddings/oleObject1.bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/></Types>"));
    docx = rewriteEntry(docx, "word/settings.xml", xml -> xml.replaceFirst("(<w:settings[^>]*>)",
        "$1<w:attachedTemplate r:id=\"rIdT\"/><w:rsids><w:rsidRoot w:val=\"00C0FFEE\"/></w:rsids>"));
    docx = addEntries(docx, Map.of("word/embeddings/oleObject1.bin", "ole " + WHO, "customXml/item1.xml", "<owner>" + WHO + "</owner>",
        "word/_rels/settings.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
            + " Target=\"file:///C:/Users/" + WHO + "/Normal.dotm\" TargetMode=\"External\"/></Relationships>"));
    assertThat(unzippedText(docx)).contains(WHO, "GPS", "00C0FFEE");

    MetadataStripper.Cleaned c = MetadataStripper.clean("ภาพ.docx", docx);
    assertThat(unzippedText(c.content())).doesNotContain(WHO, "GPS", "00C0FFEE", "oleObject", "customXml").contains("ภาพถ่ายหน้างาน");
    try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(c.content()))) {
      assertThat(back.getAllPictures()).hasSize(2);
      for (XWPFPictureData p : back.getAllPictures()) assertThat(ImageIO.read(new ByteArrayInputStream(p.getData())).getWidth()).isEqualTo(40);
    }
  }

  @Test
  void docxWithMacrosOrATiffPictureIsRefused() throws IOException {
    byte[] plain = docx("คำร้อง");
    assertThatThrownBy(() -> MetadataStripper.clean("a.docx", addEntries(plain, Map.of("word/vbaProject.bin", "Sub AutoOpen()"))))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.file.macro");
    byte[] docm = rewriteEntry(plain, "[Content_Types].xml", xml -> xml.replace("wordprocessingml.document.main+xml",
        "ms-word.document.macroEnabled.main+xml"));
    assertThatThrownBy(() -> MetadataStripper.clean("renamed.docx", docm)).extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("complaint.file.macro");
    assertThatThrownBy(() -> MetadataStripper.clean("a.docx", addEntries(plain, Map.of("word/media/image9.tif", "MM\0*" + WHO))))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.file.docx-picture");
  }

  @Test
  void aZipBombIsRefusedBeforeItFillsTheMemory() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx("x")));
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        z.write(in.readAllBytes());
      }
      z.putNextEntry(new java.util.zip.ZipEntry("word/media/zeros.bin"));
      byte[] mb = new byte[1024 * 1024];
      for (long n = 0; n <= MetadataStripper.MAX_INFLATED; n += mb.length) z.write(mb);
    }
    assertThat(out.size()).isLessThan(Complaints.MAX_FILE_BYTES);
    assertThatThrownBy(() -> MetadataStripper.clean("bomb.docx", out.toByteArray())).extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("complaint.file.bomb");
  }

  @Test
  void pdfLosesScriptsAutomaticActionsEmbeddedFilesAndThePhotosMetadata() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDImageXObject photo = JPEGFactory.createFromByteArray(doc, jpegWithMetadata(WHO));
      PDMetadata imageXmp = new PDMetadata(doc);
      imageXmp.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + WHO + "</x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
      photo.getCOSObject().setItem(COSName.METADATA, imageXmp);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(photo, 50, 600, 40, 30);
      }
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('" + WHO + "')"));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("owner.txt");
      spec.setEmbeddedFile(new PDEmbeddedFile(doc, new ByteArrayInputStream(("owner " + WHO).getBytes(StandardCharsets.UTF_8))));
      files.setNames(Map.of("owner.txt", spec));
      names.setEmbeddedFiles(files);
      PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
      scripts.setNames(Map.of("init", new PDActionJavaScript("this.submitForm('https://example.org/" + WHO + "')")));
      names.setJavascript(scripts);
      doc.getDocumentCatalog().setNames(names);
      COSDictionary pageActions = new COSDictionary();
      pageActions.setItem(COSName.O, new PDActionJavaScript("app.launchURL('" + WHO + "')"));
      page.getCOSObject().setItem(COSName.AA, pageActions);
      PDAnnotationLink link = new PDAnnotationLink();
      PDActionLaunch launch = new PDActionLaunch();
      launch.setFile(new PDSimpleFileSpecification(new COSString("C:/Users/" + WHO + "/run.exe")));
      link.setAction(launch);
      PDAnnotationFileAttachment attached = new PDAnnotationFileAttachment();
      attached.setFile(spec);
      page.getAnnotations().add(link);
      page.getAnnotations().add(attached);
      doc.save(out);
    }
    assertThat(pdfText(out.toByteArray())).contains(WHO, "GPS");

    MetadataStripper.Cleaned c = MetadataStripper.clean("หลักฐาน.pdf", out.toByteArray());
    assertThat(pdfText(c.content())).doesNotContain(WHO, "GPS", "app.alert", "JavaScript");
    try (PDDocument back = Loader.loadPDF(c.content())) {
      assertThat(back.getDocumentCatalog().getOpenAction()).isNull();
      assertThat(back.getDocumentCatalog().getNames() == null || back.getDocumentCatalog().getNames().getEmbeddedFiles() == null).isTrue();
      PDImageXObject image = (PDImageXObject) back.getPage(0).getResources().getXObject(back.getPage(0).getResources().getXObjectNames().iterator().next());
      try (java.io.InputStream raw = image.getCOSObject().createRawInputStream()) {
        assertThat(ImageIO.read(raw).getWidth()).isEqualTo(40);
      }
      assertThat(image.getMetadata()).isNull();
    }
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
    return withExif(image("jpg"), who);
  }

  public static byte[] withExif(byte[] jpeg, String who) {
    return insertAfter(jpeg, 2, segment(0xE1, "Exif\0\0MM\0*" + who + GPS), segment(0xFE, who));
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

  static byte[] docx(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
    }
    return out.toByteArray();
  }

  static byte[] addEntries(byte[] zip, Map<String, String> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        z.write(in.readAllBytes());
      }
      for (Map.Entry<String, String> e : entries.entrySet()) {
        z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return out.toByteArray();
  }

  /**
   * Everything a PDF holds, object by object: strings and names of every dictionary, and every stream
   * decoded (JPEG pictures as stored), since saved PDFs compress their objects and a byte search finds nothing.
   */
  static String pdfText(byte[] pdf) throws IOException {
    StringBuilder b = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
        COSBase o = doc.getDocument().getObjectFromPool(key).getObject();
        dump(o, b);
        if (o instanceof COSStream stream) {
          boolean jpeg = COSName.DCT_DECODE.equals(stream.getFilters());
          try (java.io.InputStream in = jpeg ? stream.createRawInputStream() : stream.createInputStream()) {
            b.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
          }
        }
      }
    }
    return b.toString();
  }

  private static void dump(COSBase o, StringBuilder b) {
    if (o instanceof COSString s) b.append(s.getString()).append(' ');
    else if (o instanceof COSName n) b.append(n.getName()).append(' ');
    else if (o instanceof COSArray a) a.forEach(x -> dump(x, b));
    else if (o instanceof COSDictionary d) d.entrySet().forEach(e -> {
      b.append(e.getKey().getName()).append(' ');
      dump(e.getValue(), b);
    });
  }
}
