package org.sujarit.document.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The document font and the widths of text in it, so that the layout can size columns and shrink figures that
 * would not fit their cell: the PDF embeds this font and Word's TH Sarabun New has the same metrics.
 */
public final class DocumentFont {
  /** The embedded fonts: Laksaman TH16, with TH Sarabun New's metrics (see its licence file). */
  public static final String REGULAR_FONT = "fonts/LaksamanTH16-Regular.ttf";
  public static final String BOLD_FONT = "fonts/LaksamanTH16-Bold.ttf";
  /** The family the embedded files carry in their name table. */
  public static final String EMBEDDED_FAMILY = "Laksaman TH16";
  /** The family official documents name, and DOCX asks for. */
  public static final String OFFICIAL_FAMILY = "TH Sarabun New";

  private static final Font REGULAR = load(REGULAR_FONT);
  private static final Font BOLD = load(BOLD_FONT);
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private DocumentFont() {}

  /** The font for Java2D drawing (charts), at {@code size} pixels. */
  public static Font awt(float size, boolean bold) {
    return (bold ? BOLD : REGULAR).deriveFont(size);
  }

  public static float width(String text, float size, boolean bold) {
    return (float) (bold ? BOLD : REGULAR).deriveFont(size).getStringBounds(text, CONTEXT).getWidth();
  }

  /** The largest size not above {@code size} at which the text fits {@code width} (at least 6 pt). */
  public static float fitting(String text, float size, boolean bold, float width) {
    float w = width(text, size, bold);
    return w <= width ? size : Math.max(6f, (float) Math.floor(size * width / w * 2) / 2);
  }

  private static Font load(String resource) {
    try (InputStream in = DocumentFont.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("font missing from the application: " + resource);
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | java.awt.FontFormatException e) {
      throw new UncheckedIOException(new IOException("cannot read " + resource, e));
    }
  }
}
