package org.sujarit.complaint.protection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.sujarit.common.RuleViolation;

/**
 * Checks an attachment's content against the kind its name claims and removes what could identify
 * the person who made it, before it is encrypted and stored: EXIF (with GPS), XMP, IPTC and comments
 * of JPEG; text, EXIF and time chunks of PNG; the Info dictionary and XMP of PDF (saved anew, so that
 * earlier revisions go too); core, app and custom properties and the authors of changes and comments
 * in DOCX. Only the cleaned file is ever stored; a file that cannot be read is refused, not kept.
 */
public final class MetadataStripper {
  public static final long MAX_INFLATED = 100L * 1024 * 1024;
  private static final int MAX_ENTRIES = 2000;

  public enum Kind {
    JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final String extension;

    Kind(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }

    static Kind ofFileName(String name) {
      int dot = name == null ? -1 : name.lastIndexOf('.');
      String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
      return switch (ext) {
        case "jpg", "jpeg" -> JPEG;
        case "png" -> PNG;
        case "pdf" -> PDF;
        case "docx" -> DOCX;
        default -> null;
      };
    }
  }

  public record Cleaned(Kind kind, byte[] content) {}

  private MetadataStripper() {}

  /**
   * @throws RuleViolation (field "files") when the kind is not accepted, the content is not of the
   *     kind the name claims, or the file is damaged or encrypted
   */
  public static Cleaned clean(String fileName, byte[] content) {
    Kind claimed = Kind.ofFileName(fileName);
    if (claimed == null) throw RuleViolation.field("files", "complaint.file.type");
    if (content.length == 0) throw RuleViolation.field("files", "complaint.file.empty");
    if (sniff(content) != claimed) throw RuleViolation.field("files", "complaint.file.mismatch", claimed.extension());
    try {
      byte[] out = switch (claimed) {
        case JPEG -> jpeg(content);
        case PNG -> png(content);
        case PDF -> pdf(content);
        case DOCX -> docx(content);
      };
      return new Cleaned(claimed, out);
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleViolation r) throw r;
      throw RuleViolation.field("files", "complaint.file.damaged", claimed.extension());
    }
  }

  static Kind sniff(byte[] b) {
    if (starts(b, 0xFF, 0xD8, 0xFF)) return Kind.JPEG;
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Kind.PNG;
    if (starts(b, '%', 'P', 'D', 'F', '-')) return Kind.PDF;
    if (starts(b, 'P', 'K', 3, 4)) return Kind.DOCX;
    return null;
  }

  private static boolean starts(byte[] b, int... magic) {
    if (b.length < magic.length) return false;
    for (int i = 0; i < magic.length; i++) if ((b[i] & 0xFF) != magic[i]) return false;
    return true;
  }

  // ---- JPEG: keep the image segments, JFIF (APP0), ICC colour profiles (APP2) and Adobe (APP14) ----

  static byte[] jpeg(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(0xFF);
    out.write(0xD8);
    int p = 2;
    boolean frame = false;
    boolean scan = false;
    while (true) {
      if (p + 1 >= in.length) throw new IOException("no end of image");
      if ((in[p] & 0xFF) != 0xFF) throw new IOException("marker expected");
      int marker = in[p + 1] & 0xFF;
      if (marker == 0xFF) { p++; continue; }
      if (marker == 0xD9) { // end of image; anything after it is dropped
        out.write(0xFF);
        out.write(0xD9);
        if (!frame || !scan) throw new IOException("no image data");
        return out.toByteArray();
      }
      if (p + 3 >= in.length) throw new IOException("truncated");
      int length = ((in[p + 2] & 0xFF) << 8) | (in[p + 3] & 0xFF);
      if (length < 2 || p + 2 + length > in.length) throw new IOException("bad segment length");
      int end = p + 2 + length;
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) frame = true;
      if (keep(marker, in, p + 4, length - 2)) out.write(in, p, end - p);
      p = end;
      if (marker == 0xDA) { // start of scan: copy the entropy-coded data up to the next real marker
        scan = true;
        int q = p;
        while (q + 1 < in.length) {
          if ((in[q] & 0xFF) == 0xFF) {
            int next = in[q + 1] & 0xFF;
            if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) break;
          }
          q++;
        }
        out.write(in, p, q - p);
        p = q;
      }
    }
  }

  private static boolean keep(int marker, byte[] in, int data, int length) {
    if (marker == 0xFE) return false; // comment
    if (marker < 0xE0 || marker > 0xEF) return true; // not an application segment
    String id = new String(in, data, Math.min(length, 12), StandardCharsets.ISO_8859_1);
    return marker == 0xE0 && id.startsWith("JFIF")
        || marker == 0xE2 && id.startsWith("ICC_PROFILE")
        || marker == 0xEE && id.startsWith("Adobe");
  }

  // ---- PNG: keep only the chunks that draw the image ----

  private static final Set<String> PNG_KEEP = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP",
      "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

  static byte[] png(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int p = 8;
    boolean header = false;
    boolean data = false;
    while (p + 12 <= in.length) {
      long length = ((in[p] & 0xFFL) << 24) | ((in[p + 1] & 0xFF) << 16) | ((in[p + 2] & 0xFF) << 8) | (in[p + 3] & 0xFF);
      if (length > in.length - p - 12) throw new IOException("bad chunk length");
      String type = new String(in, p + 4, 4, StandardCharsets.ISO_8859_1);
      int total = 12 + (int) length;
      CRC32 crc = new CRC32();
      crc.update(in, p + 4, 4 + (int) length);
      int e = p + 8 + (int) length;
      long stored = ((in[e] & 0xFFL) << 24) | ((in[e + 1] & 0xFF) << 16) | ((in[e + 2] & 0xFF) << 8) | (in[e + 3] & 0xFF);
      if (crc.getValue() != stored) throw new IOException("bad chunk checksum");
      if (p == 8 && !type.equals("IHDR")) throw new IOException("no header");
      header |= type.equals("IHDR");
      data |= type.equals("IDAT");
      if (PNG_KEEP.contains(type)) out.write(in, p, total);
      p += total;
      if (type.equals("IEND")) {
        if (!header || !data) throw new IOException("no image data");
        return out.toByteArray();
      }
    }
    throw new IOException("no end chunk");
  }

  // ---- PDF ----

  static byte[] pdf(byte[] in) throws IOException {
    try (PDDocument doc = Loader.loadPDF(in)) {
      if (doc.isEncrypted()) throw RuleViolation.field("files", "complaint.file.encrypted");
      doc.setDocumentInformation(new PDDocumentInformation());
      doc.getDocument().getTrailer().removeItem(COSName.INFO);
      doc.getDocumentCatalog().setMetadata(null);
      for (PDPage page : doc.getPages()) page.setMetadata(null);
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
      doc.save(out);
      return out.toByteArray();
    }
  }

  // ---- DOCX: a new zip with neutral properties and no change or comment authors ----

  private static final Pattern AUTHOR = Pattern.compile("\\b(w:author|w:initials|w15:author|w15:userId|w15:providerId)=\"[^\"]*\"");
  private static final Pattern RSID = Pattern.compile("\\s(w:rsid[A-Za-z]*)=\"[0-9A-Fa-f]*\"");
  private static final String CORE = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
      xmlns:dc="http://purl.org/dc/elements/1.1/"/>""";
  private static final String APP = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>""";
  private static final String CUSTOM = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>""";

  static byte[] docx(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    boolean document = false;
    boolean types = false;
    long inflated = 0;
    int entries = 0;
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(in));
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        if (++entries > MAX_ENTRIES) throw new IOException("too many entries");
        String name = e.getName();
        byte[] body = readLimited(zin, MAX_INFLATED - inflated);
        inflated += body.length;
        document |= name.equals("word/document.xml");
        types |= name.equals("[Content_Types].xml");
        if (name.equals("docProps/core.xml")) body = CORE.getBytes(StandardCharsets.UTF_8);
        else if (name.equals("docProps/app.xml")) body = APP.getBytes(StandardCharsets.UTF_8);
        else if (name.equals("docProps/custom.xml")) body = CUSTOM.getBytes(StandardCharsets.UTF_8);
        else if (name.startsWith("word/") && name.endsWith(".xml")) body = scrubWordXml(body);
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(0); // no time stamps of the author's computer
        zout.putNextEntry(copy);
        zout.write(body);
        zout.closeEntry();
      }
    }
    if (!document || !types) throw new IOException("not a Word document");
    return out.toByteArray();
  }

  private static byte[] scrubWordXml(byte[] body) {
    String xml = new String(body, StandardCharsets.UTF_8);
    String s = AUTHOR.matcher(xml).replaceAll("$1=\"\"");
    s = RSID.matcher(s).replaceAll("");
    return s.equals(xml) ? body : s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] readLimited(InputStream in, long max) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    for (int n; (n = in.read(buf)) > 0; ) {
      if (b.size() + (long) n > max) throw RuleViolation.field("files", "complaint.file.bomb");
      b.write(buf, 0, n);
    }
    return b.toByteArray();
  }
}
