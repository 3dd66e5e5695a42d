package org.sujarit.document.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.sujarit.document.layout.DocumentFont;

/**
 * Embeds the document font (the one the PDF embeds) in the Word file, so that Word and LibreOffice
 * lay the text out alike on a machine without TH Sarabun New: each face an obfuscated part
 * (ECMA-376 Part 1, 17.8.1: the first 32 bytes XORed with the font key, a GUID), named in the font
 * table under the family the runs ask for (LibreOffice then sets them in it), with the files' own
 * family as its alternative name (Word knows an embedded font by that name). The key is derived
 * from the font bytes, which keeps the file byte for byte the same. No italic face ships, so Word
 * slants the regular one.
 */
final class DocxFonts {
  private static final String FONT_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
  private static final String OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
  private static final List<Face> FACES = List.of(face("Regular", DocumentFont.REGULAR_FONT), face("Bold", DocumentFont.BOLD_FONT));

  private record Face(String style, byte[] ttf, String key) {}

  private DocxFonts() {}

  static void embed(XWPFDocument doc) {
    doc.getSettings().getCTSettings().addNewEmbedTrueTypeFonts();
    try {
      OPCPackage pkg = doc.getPackage();
      PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart table = pkg.createPart(tableName, XWPFRelation.FONT_TABLE.getContentType());
      doc.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
      StringBuilder xml = new StringBuilder("""
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
          <w:font w:name="%s"><w:altName w:val="%s"/><w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>"""
          .formatted(DocxRuns.FONT, DocumentFont.EMBEDDED_FAMILY));
      for (int i = 0; i < FACES.size(); i++) {
        Face face = FACES.get(i);
        PackagePartName name = PackagingURIHelper.createPartName("/word/fonts/font" + (i + 1) + ".odttf");
        PackagePart part = pkg.createPart(name, OBFUSCATED_FONT);
        try (OutputStream out = part.getOutputStream()) {
          out.write(obfuscate(face.ttf(), face.key()));
        }
        String id = table.addRelationship(name, TargetMode.INTERNAL, FONT_RELATION).getId();
        xml.append("<w:embed").append(face.style()).append(" r:id=\"").append(id)
            .append("\" w:fontKey=\"{").append(face.key()).append("}\"/>");
      }
      xml.append("</w:font></w:fonts>");
      try (OutputStream out = table.getOutputStream()) {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("cannot embed the font in the Word document", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Obfuscation and its reverse: the key is the GUID's 16 bytes read from its last hex pair to its first. */
  static byte[] obfuscate(byte[] font, String key) {
    String hex = key.replace("-", "");
    byte[] out = font.clone();
    for (int i = 0; i < 32; i++) {
      int pair = 15 - i % 16;
      out[i] ^= (byte) Integer.parseInt(hex.substring(2 * pair, 2 * pair + 2), 16);
    }
    return out;
  }

  private static Face face(String style, String resource) {
    try (InputStream in = DocxFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("font missing from the application: " + resource);
      byte[] ttf = in.readAllBytes();
      return new Face(style, ttf, UUID.nameUUIDFromBytes(ttf).toString().toUpperCase(Locale.ROOT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
