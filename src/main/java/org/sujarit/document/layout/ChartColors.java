package org.sujarit.document.layout;

import java.awt.Color;

/**
 * The one colour set of the reports' charts, the same as the pages' badges (monitoring.css): blue
 * for what is under way or was spent, green for what is done, greys for what is planned or missing.
 */
public final class ChartColors {
  public static final Color BLUE = new Color(0x1565C0);
  public static final Color GREEN = new Color(0x2E7D32);
  public static final Color RED = new Color(0xC62828);
  public static final Color AMBER = new Color(0xEF8F00);
  public static final Color SLATE = new Color(0x78909C);
  public static final Color GREY = new Color(0x90A4AE);
  public static final Color LIGHT_GREY = new Color(0xB0BEC5);

  private ChartColors() {}
}
