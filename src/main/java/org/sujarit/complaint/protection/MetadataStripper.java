package org.sujarit.complaint.protection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.sujarit.common.RuleViolation;

/**
 * Checks an attachment's content against the kind its name claims and removes what could identify
 * the person who made it, before it is encrypted and stored: EXIF (with GPS), XMP, IPTC and comments
 * of JPEG; text, EXIF and time chunks of PNG; the Info dictionary, XMP, scripts, automatic actions and
 * embedded files of PDF, and the metadata of its JPEG pictures (saved anew, so that earlier revisions go
 * too); core, app and custom properties, the authors of changes and comments, editing-session ids,
 * embedded objects and custom XML of DOCX, and the metadata of its pictures. Macro documents are
 * refused. Only the cleaned file is ever stored; a file that cannot be read is refused, not kept.
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

  // ---- PDF: no Info, XMP, scripts, automatic actions or embedded files; embedded JPEGs cleaned ----

  /** Actions that run something or reach outside the file: emptied, since a reader may run them on opening. */
  private static final Set<String> ACTIVE = Set.of("JavaScript", "Launch", "ImportData", "SubmitForm", "GoToE", "RichMediaExecute");
  /** Keys that carry scripts, automatic actions, embedded files or private metadata, wherever they appear. */
  private static final List<COSName> DROPPED = List.of(COSName.AA, COSName.OPEN_ACTION, COSName.JS, COSName.JAVA_SCRIPT,
      COSName.EMBEDDED_FILES, COSName.EF, COSName.METADATA, COSName.PIECE_INFO, COSName.getPDFName("XFA"), COSName.getPDFName("RichMediaContent"));

  static byte[] pdf(byte[] in) throws IOException {
    try (PDDocument doc = Loader.loadPDF(in)) {
      if (doc.isEncrypted()) throw RuleViolation.field("files", "complaint.file.encrypted");
      doc.setDocumentInformation(new PDDocumentInformation());
      COSDictionary trailer = doc.getDocument().getTrailer();
      trailer.removeItem(COSName.INFO);
      trailer.removeItem(COSName.ID); // file identifiers may be derived from the author's path and time
      scrubPdf(trailer);
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** Walks every object reachable from the trailer (what will be saved), without recursion: page trees can be deep. */
  private static void scrubPdf(COSDictionary trailer) throws IOException {
    Set<COSBase> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(trailer);
    while (!todo.isEmpty()) {
      COSBase b = todo.pop();
      if (b instanceof COSObject o) b = o.getObject();
      if (b == null || !seen.add(b)) continue;
      if (b instanceof COSArray a) {
        for (int i = 0; i < a.size(); i++) todo.push(a.get(i));
      } else if (b instanceof COSDictionary d) {
        COSName action = d.getCOSName(COSName.S);
        if (action != null && ACTIVE.contains(action.getName())) {
          d.clear();
          continue;
        }
        DROPPED.forEach(d::removeItem);
        if (COSName.getPDFName("FileAttachment").equals(d.getCOSName(COSName.SUBTYPE))) d.removeItem(COSName.FS);
        if (d instanceof COSStream stream && COSName.IMAGE.equals(d.getCOSName(COSName.SUBTYPE)) && onlyDct(stream.getFilters())) cleanJpeg(stream);
        for (COSBase v : d.getValues()) todo.push(v);
      }
    }
  }

  private static boolean onlyDct(COSBase filters) {
    if (COSName.DCT_DECODE.equals(filters)) return true;
    return filters instanceof COSArray a && a.size() == 1 && COSName.DCT_DECODE.equals(a.getObject(0));
  }

  /** An image stored as a JPEG file (DCTDecode) keeps the camera's EXIF and GPS inside the PDF unless cleaned too. */
  private static void cleanJpeg(COSStream image) throws IOException {
    byte[] raw;
    try (InputStream r = image.createRawInputStream()) {
      raw = readLimited(r, MAX_INFLATED);
    }
    byte[] clean = jpeg(raw);
    try (OutputStream w = image.createRawOutputStream()) {
      w.write(clean);
    }
  }

  // ---- DOCX: a new zip with neutral properties, no authors, clean pictures, no embedded objects ----

  private static final Pattern AUTHOR = Pattern.compile("\\b(w:author|w:initials|w15:author|w15:userId|w15:providerId)=\"[^\"]*\"");
  private static final Pattern RSID = Pattern.compile("\\s(w:rsid[A-Za-z]*)=\"[0-9A-Fa-f]*\"");
  /** The editing-session ids of settings.xml link documents from one author's computer; the template path names the user. */
  private static final Pattern SETTINGS = Pattern.compile("<w:rsids>.*?</w:rsids>|<w:rsids/>|<w:attachedTemplate\\b[^>]*/>", Pattern.DOTALL);
  /** References to the parts dropped below: OLE objects and ActiveX controls (their preview picture stays), chart workbooks. */
  private static final Pattern EMBEDDING_REFERENCE = Pattern.compile(
      "<o:OLEObject\\b[^>]*/>|<o:OLEObject\\b[^>]*>.*?</o:OLEObject>|<w:control\\b[^>]*/>|<c:externalData\\b[^>]*/>|<c:externalData\\b[^>]*>.*?</c:externalData>",
      Pattern.DOTALL);
  private static final Pattern DROPPED_RELATIONSHIP = Pattern.compile(
      "<Relationship\\b[^>]*(Target=\"[^\"]*(embeddings/|activeX/|customXml/)[^\"]*\"|Type=\"[^\"]*/attachedTemplate\")[^>]*/>");
  private static final Pattern DROPPED_OVERRIDE = Pattern.compile("<Override\\b[^>]*PartName=\"/(word/embeddings|word/activeX|customXml)/[^\"]*\"[^>]*/>");
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

  /**
   * Macros are refused (a macro document renamed .docx); embedded OLE objects, ActiveX controls and
   * custom XML data (which may carry names, paths and the originals of pasted files) are dropped with
   * their references; every JPEG or PNG inside (pictures, the thumbnail) is cleaned like an attached one.
   */
  static byte[] docx(byte[] in) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    long inflated = 0;
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(in))) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        if (parts.size() >= MAX_ENTRIES) throw new IOException("too many entries");
        byte[] body = readLimited(zin, MAX_INFLATED - inflated);
        inflated += body.length;
        parts.put(e.getName(), body);
      }
    }
    byte[] types = parts.get("[Content_Types].xml");
    if (!parts.containsKey("word/document.xml") || types == null) throw new IOException("not a Word document");
    if (parts.keySet().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).matches(".*vba(project\\.bin|data\\.xml)"))
        || new String(types, StandardCharsets.UTF_8).contains("macroEnabled")) {
      throw RuleViolation.field("files", "complaint.file.macro");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    try (ZipOutputStream zout = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        String name = part.getKey();
        if (name.startsWith("word/embeddings/") || name.startsWith("word/activeX/") || name.startsWith("customXml/")) continue;
        byte[] body = docxPart(name, part.getValue());
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(0); // no time stamps of the author's computer
        zout.putNextEntry(copy);
        zout.write(body);
        zout.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] docxPart(String name, byte[] body) throws IOException {
    switch (name) {
      case "docProps/core.xml": return CORE.getBytes(StandardCharsets.UTF_8);
      case "docProps/app.xml": return APP.getBytes(StandardCharsets.UTF_8);
      case "docProps/custom.xml": return CUSTOM.getBytes(StandardCharsets.UTF_8);
      case "[Content_Types].xml": return replace(body, DROPPED_OVERRIDE);
      default: break;
    }
    if (name.endsWith(".rels")) return replace(body, DROPPED_RELATIONSHIP);
    if (name.startsWith("word/") && name.endsWith(".xml")) return scrubWordXml(name, body);
    Kind kind = sniff(body);
    if (kind == Kind.JPEG) return jpeg(body);
    if (kind == Kind.PNG) return png(body);
    if (starts(body, 'I', 'I', '*', 0) || starts(body, 'M', 'M', 0, '*')) throw RuleViolation.field("files", "complaint.file.docx-picture");
    return body;
  }

  private static byte[] scrubWordXml(String name, byte[] body) {
    String xml = new String(body, StandardCharsets.UTF_8);
    String s = AUTHOR.matcher(xml).replaceAll("$1=\"\"");
    s = RSID.matcher(s).replaceAll("");
    s = EMBEDDING_REFERENCE.matcher(s).replaceAll("");
    if (name.equals("word/settings.xml")) s = SETTINGS.matcher(s).replaceAll("");
    return s.equals(xml) ? body : s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] replace(byte[] body, Pattern dropped) {
    String xml = new String(body, StandardCharsets.UTF_8);
    String s = dropped.matcher(xml).replaceAll("");
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
