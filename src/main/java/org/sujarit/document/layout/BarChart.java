package org.sujarit.document.layout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.DoubleFunction;
import javax.imageio.ImageIO;

/**
 * Horizontal bar charts drawn with Java2D in the document font as PNG: one row per category (status,
 * dimension, unit), one bar per series (e.g. planned and spent). A page can show the same image a
 * document prints. The same data give the same bytes.
 */
public final class BarChart {
  public static final int WIDTH = 1200;
  private static final int PAD = 24;
  private static final int LABEL_WIDTH = 400;
  private static final int BAR = 40;
  private static final int GAP = 26;
  private static final Color INK = new Color(0x1F2937);
  private static final Color GRID = new Color(0xE5E7EB);

  private BarChart() {}

  /** A named row of values, one per category, drawn in one colour, or in {@code colors} per category when given. */
  public record Series(String name, Color color, double[] values, Color[] colors) {
    public Series(String name, Color color, double[] values) {
      this(name, color, values, null);
    }

    Color colorOf(int category) {
      return colors == null ? color : colors[category];
    }
  }

  /** The chart as a picture without caption; its height follows the number of categories. */
  public static Picture bars(String title, List<String> categories, List<Series> series, DoubleFunction<String> valueText) {
    Font titleFont = DocumentFont.awt(56, true);
    Font labelFont = DocumentFont.awt(46, false);
    boolean legend = series.size() > 1;
    int rowHeight = series.size() * BAR + GAP;
    int top = PAD + 70 + (legend ? 56 : 0);
    int height = top + Math.max(1, categories.size()) * rowHeight + PAD;
    BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      g.setColor(INK);
      g.setFont(titleFont);
      g.drawString(title, PAD, PAD + 46);
      g.setFont(labelFont);
      FontMetrics fm = g.getFontMetrics();
      if (legend) {
        int x = PAD;
        for (Series s : series) {
          g.setColor(s.color());
          g.fillRect(x, PAD + 78, 28, 28);
          g.setColor(INK);
          g.drawString(s.name(), x + 38, PAD + 102);
          x += 30 + fm.stringWidth(s.name()) + 36;
        }
      }
      double max = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values())).max().orElse(0);
      int barLeft = PAD + LABEL_WIDTH + 12;
      int valueRoom = 230;
      int barSpace = WIDTH - barLeft - PAD - valueRoom;
      g.setColor(GRID);
      g.setStroke(new BasicStroke(2));
      g.drawLine(barLeft, top - 8, barLeft, height - PAD);
      for (int c = 0; c < categories.size(); c++) {
        int y = top + c * rowHeight;
        g.setColor(INK);
        g.drawString(fit(categories.get(c), fm, LABEL_WIDTH), PAD, y + (series.size() * BAR) / 2 + fm.getAscent() / 2 - 4);
        for (int s = 0; s < series.size(); s++) {
          double v = series.get(s).values()[c];
          int w = max <= 0 ? 0 : (int) Math.round(barSpace * v / max);
          int by = y + s * BAR;
          g.setColor(series.get(s).colorOf(c));
          g.fillRect(barLeft, by + 2, Math.max(w, v > 0 ? 2 : 0), BAR - 4);
          g.setColor(INK);
          g.drawString(valueText.apply(v), barLeft + w + 10, by + BAR - 9);
        }
      }
    } finally {
      g.dispose();
    }
    return new Picture(png(img), WIDTH, height, null);
  }

  private static String fit(String text, FontMetrics fm, int width) {
    if (fm.stringWidth(text) <= width) return text;
    String t = text;
    while (t.length() > 1 && fm.stringWidth(t + "…") > width) t = t.substring(0, t.length() - 1);
    return t + "…";
  }

  private static byte[] png(BufferedImage img) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
