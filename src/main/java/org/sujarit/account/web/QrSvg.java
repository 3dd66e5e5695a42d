package org.sujarit.account.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** A QR code as inline SVG: one path of unit squares, drawn on the server so the page needs no script. */
final class QrSvg {
  /** Light modules around the code that scanners need (the standard's quiet zone). */
  private static final int QUIET_ZONE = 4;

  private QrSvg() {}

  static String of(String text, String label) {
    BitMatrix m;
    try {
      // size 0: zxing gives one matrix cell per module, the SVG scales it
      m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code", e);
    }
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(label) + "\" viewBox=\"0 0 "
        + m.getWidth() + " " + m.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }
}
