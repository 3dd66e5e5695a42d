package org.sujarit.monitoring.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Thai font of reports and charts, in one place so that the document module's embedded font
 * replaces it with one change. Until then: the Debian TLWG Laksaman, which is drawn 1.5 times larger
 * than TH Sarabun New at the same size, hence {@link #SCALE}: "16 pt" in a report means 16 pt of TH
 * Sarabun New.
 */
public final class ReportFonts {
  static final String REGULAR_FILE = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf";
  static final String BOLD_FILE = "/usr/share/fonts/truetype/tlwg/Laksaman-Bold.ttf";
  /** Laksaman size that matches TH Sarabun New's (fontconfig's tlwg rule uses the same factor). */
  static final float SCALE = 0.66f;
  /** The family Word is asked for; Thai offices have it. */
  static final String OFFICIAL_FAMILY = "TH Sarabun New";

  private static final Font AWT_REGULAR = load(REGULAR_FILE);
  private static final Font AWT_BOLD = load(BOLD_FILE);

  private ReportFonts() {}

  /** For Java2D charts: the font at an official size in pixels. */
  static Font awt(float officialSize, boolean bold) {
    return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(officialSize * SCALE);
  }

  private static Font load(String file) {
    Path p = Path.of(file);
    if (!Files.isReadable(p)) return new Font(Font.SANS_SERIF, Font.PLAIN, 12); // no Thai glyphs, but charts still draw
    try (InputStream in = Files.newInputStream(p)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(file, e);
    }
  }
}
