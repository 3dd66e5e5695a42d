package org.sujarit.monitoring.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Thai font of reports and charts: the one the document module embeds in the application
 * (Laksaman TH16, with TH Sarabun New's metrics, see {@code fonts/LICENSE-LaksamanTH16.txt}), so that
 * "16 pt" here is 16 pt of TH Sarabun New as in the plan documents. The document module keeps its
 * font loaders package-private; its font files are shared resources, read here by name.
 */
public final class ReportFonts {
  static final String REGULAR_FILE = "fonts/LaksamanTH16-Regular.ttf";
  static final String BOLD_FILE = "fonts/LaksamanTH16-Bold.ttf";
  /** The family Word is asked for; Thai offices have it. */
  static final String OFFICIAL_FAMILY = "TH Sarabun New";

  private static final Font AWT_REGULAR = load(REGULAR_FILE);
  private static final Font AWT_BOLD = load(BOLD_FILE);

  private ReportFonts() {}

  /** For Java2D charts: the font at a size in pixels. */
  static Font awt(float size, boolean bold) {
    return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
  }

  private static Font load(String resource) {
    try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("font missing from the application: " + resource);
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(resource, e);
    }
  }
}
