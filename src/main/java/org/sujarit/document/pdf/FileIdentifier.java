package org.sujarit.document.pdf;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The PDF's file identifier (trailer /ID), which OpenPDF makes from the clock unless given one. The
 * document is written with a placeholder that is then replaced by a digest of the content: same
 * content, same identifier, same bytes. The hex strings have equal length, so offsets stay valid.
 */
final class FileIdentifier {
  private static final byte[] PLACEHOLDER = "Sujarit-FileId-#".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PLACEHOLDER_HEX = HexFormat.of().formatHex(PLACEHOLDER).getBytes(StandardCharsets.US_ASCII);

  private FileIdentifier() {}

  static PdfObject placeholder() {
    return PdfEncryption.createInfoId(PLACEHOLDER, PLACEHOLDER);
  }

  static byte[] fromContent(byte[] pdf) {
    byte[] digest = HexFormat.of().formatHex(md5(pdf)).getBytes(StandardCharsets.US_ASCII);
    byte[] out = pdf.clone();
    for (int i = indexOf(out, 0); i >= 0; i = indexOf(out, i + PLACEHOLDER_HEX.length)) {
      System.arraycopy(digest, 0, out, i, digest.length);
    }
    return out;
  }

  private static int indexOf(byte[] data, int from) {
    outer:
    for (int i = from; i <= data.length - PLACEHOLDER_HEX.length; i++) {
      for (int j = 0; j < PLACEHOLDER_HEX.length; j++) {
        if (data[i + j] != PLACEHOLDER_HEX[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  private static byte[] md5(byte[] data) {
    try {
      return MessageDigest.getInstance("MD5").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
