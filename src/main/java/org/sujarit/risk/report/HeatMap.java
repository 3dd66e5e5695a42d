package org.sujarit.risk.report;

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
import javax.imageio.ImageIO;
import org.sujarit.document.layout.DocumentFont;
import org.sujarit.document.layout.Picture;
import org.sujarit.risk.RiskMatrix;

/** The heat map: the matrix's cells in their levels' colours, each with the number of risks scored in it. */
public final class HeatMap {
  private static final int CELL = 150;
  private static final int LEFT = 120;
  private static final int TOP = 40;
  private static final Color INK = new Color(0x212121);

  private HeatMap() {}

  /** {@code counts[likelihood - 1][impact - 1]}; the highest likelihood is drawn on top. */
  public static Picture of(RiskMatrix m, int[][] counts) {
    int n = m.size();
    int width = LEFT + n * CELL + 40;
    int height = TOP + n * CELL + 150;
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      Font number = DocumentFont.awt(64, true);
      Font label = DocumentFont.awt(40, false);
      for (int l = 1; l <= n; l++) {
        for (int i = 1; i <= n; i++) {
          int x = LEFT + (i - 1) * CELL;
          int y = TOP + (n - l) * CELL;
          g.setColor(Color.decode(m.level(m.score(l, i).level()).orElseThrow().colour()));
          g.fillRect(x, y, CELL, CELL);
          g.setColor(Color.WHITE);
          g.setStroke(new BasicStroke(4));
          g.drawRect(x, y, CELL, CELL);
          int c = counts[l - 1][i - 1];
          if (c > 0) {
            g.setColor(INK);
            g.setFont(number);
            FontMetrics fm = g.getFontMetrics();
            String t = Integer.toString(c);
            g.drawString(t, x + (CELL - fm.stringWidth(t)) / 2, y + CELL / 2 + fm.getAscent() / 3);
          }
        }
        g.setColor(INK);
        g.setFont(label);
        g.drawString(Integer.toString(l), LEFT - 50, TOP + (n - l) * CELL + CELL / 2 + 12);
      }
      g.setFont(label);
      FontMetrics fm = g.getFontMetrics();
      for (int i = 1; i <= n; i++) g.drawString(Integer.toString(i), LEFT + (i - 1) * CELL + CELL / 2 - 8, TOP + n * CELL + 45);
      String impact = m.impact().label();
      g.drawString(impact, LEFT + (n * CELL - fm.stringWidth(impact)) / 2, TOP + n * CELL + 100);
      String likelihood = m.likelihood().label();
      g.rotate(-Math.PI / 2);
      g.drawString(likelihood, -(TOP + (n * CELL + fm.stringWidth(likelihood)) / 2), 40);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Picture(out.toByteArray(), width, height, null);
  }
}
