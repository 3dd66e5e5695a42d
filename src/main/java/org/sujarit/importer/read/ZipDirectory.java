package org.sujarit.importer.read;

import java.nio.charset.StandardCharsets;

/**
 * Reads the names in a zip's central directory without inflating anything, so that a file that is no
 * zip, or a zip that is no Word document, is refused before POI opens it.
 */
final class ZipDirectory {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ENTRY_SIGNATURE = 0x02014b50;
  private static final int END_SIZE = 22;
  private static final int MAX_COMMENT = 0xFFFF;

  private ZipDirectory() {}

  /** True when the bytes are a zip whose central directory lists {@code name}. */
  static boolean lists(byte[] zip, String name) {
    int end = findEnd(zip);
    if (end < 0) return false;
    int entries = u16(zip, end + 10);
    long offset = u32(zip, end + 16);
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < entries; i++) {
      // long arithmetic: a damaged offset near 2^31 must not wrap around into the array
      if (offset + 46 > zip.length) return false;
      int at = (int) offset;
      if (u32(zip, at) != ENTRY_SIGNATURE) return false;
      int nameLength = u16(zip, at + 28);
      int extra = u16(zip, at + 30);
      int comment = u16(zip, at + 32);
      if (at + 46 + nameLength > zip.length) return false;
      if (nameLength == wanted.length && java.util.Arrays.equals(zip, at + 46, at + 46 + nameLength, wanted, 0, wanted.length)) return true;
      offset = (long) at + 46 + nameLength + extra + comment;
    }
    return false;
  }

  private static int findEnd(byte[] zip) {
    for (int i = zip.length - END_SIZE; i >= Math.max(0, zip.length - END_SIZE - MAX_COMMENT); i--) {
      if (u32(zip, i) == END_SIGNATURE) return i;
    }
    return -1;
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
  }
}
