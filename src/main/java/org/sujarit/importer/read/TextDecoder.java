package org.sujarit.importer.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.sujarit.importer.pipeline.ImportException;

/**
 * Bytes to text: a BOM decides; otherwise UTF-16 is recognized by its zero bytes, valid UTF-8 is
 * UTF-8, and anything else is read as windows-874 (TIS-620 and its Microsoft superset, common for Thai).
 */
public final class TextDecoder {
  /** Decoded text and the name of the encoding it was read with. */
  public record Decoded(String text, String charset) {}

  private static final Charset THAI = thaiCharset();
  private static final int SAMPLE = 8192;
  private static final double MAX_CONTROL_SHARE = 0.01;

  private TextDecoder() {}

  public static Decoded decode(byte[] b) {
    Decoded d = byBom(b);
    if (d == null) d = byZeroBytes(b);
    if (d == null) d = strictUtf8(b);
    if (d == null) d = new Decoded(new String(b, THAI), THAI.name());
    if (!looksLikeText(d.text())) throw new ImportException(ImportException.Reason.BINARY);
    return d;
  }

  private static Decoded byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
      return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    return null;
  }

  /**
   * UTF-16 without a BOM: the high byte of ASCII is 0 and of Thai 0x0E, so one side of each byte pair
   * is almost always one of those two values.
   */
  private static Decoded byZeroBytes(byte[] b) {
    int n = Math.min(b.length, SAMPLE) & ~1;
    if (n < 4) return null;
    int evenHigh = 0;
    int oddHigh = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0 || b[i] == 0x0E) evenHigh++;
      if (b[i + 1] == 0 || b[i + 1] == 0x0E) oddHigh++;
    }
    int pairs = n / 2;
    if (oddHigh > pairs * 0.8 && evenHigh < pairs * 0.3) return new Decoded(new String(b, StandardCharsets.UTF_16LE), "UTF-16LE");
    if (evenHigh > pairs * 0.8 && oddHigh < pairs * 0.3) return new Decoded(new String(b, StandardCharsets.UTF_16BE), "UTF-16BE");
    return null;
  }

  /** Valid UTF-8 is decoded in one pass; anything malformed is left to the Thai single-byte code page. */
  private static Decoded strictUtf8(byte[] b) {
    return isUtf8(b) ? new Decoded(new String(b, StandardCharsets.UTF_8), "UTF-8") : null;
  }

  static boolean isUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int more = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      if (more < 0 || i + more >= b.length) return false;
      for (int k = 1; k <= more; k++) {
        if ((b[i + k] & 0xC0) != 0x80) return false;
      }
      i += more + 1;
    }
    return true;
  }

  /** Random bytes decode to many control and replacement characters; plan text has almost none. */
  static boolean looksLikeText(String s) {
    int n = Math.min(s.length(), SAMPLE * 4);
    if (n == 0) return true;
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) bad++;
    }
    return bad <= n * MAX_CONTROL_SHARE;
  }

  private static Charset thaiCharset() {
    for (String name : new String[] {"x-windows-874", "windows-874", "TIS-620"}) {
      if (Charset.isSupported(name)) return Charset.forName(name);
    }
    return StandardCharsets.ISO_8859_1;
  }
}
