package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.oversight.Figure;
import org.sujarit.oversight.Province;
import org.sujarit.oversight.Summary;

/**
 * A schematic map of the 77 provinces: one square tile per province at its place in
 * {@code provinces.csv} (roughly its geography), shaded in five steps of 20 percentage points of the
 * chosen figure; no figure (nothing to count) is grey. A tile shows the figure; its name is its title.
 */
public record TileMap(int width, int height, List<Tile> tiles) {
  static final int SIZE = 44;
  static final String[] SHADES = {"#f7fcf5", "#c7e9c0", "#74c476", "#31a354", "#006d2c"};
  static final String NONE = "#d9d9d9";

  public record Tile(Province province, int x, int y, BigDecimal value, String fill, String textFill) {}

  static TileMap of(List<Summary.ProvinceFigures> provinces, Figure figure) {
    List<Tile> tiles = new ArrayList<>();
    int cols = 0;
    int rows = 0;
    for (Summary.ProvinceFigures p : provinces) {
      BigDecimal v = figure.of(p.figures());
      int step = v == null ? -1 : Math.min(4, v.intValue() / 20);
      String fill = step < 0 ? NONE : SHADES[step];
      String text = step >= 3 ? "#ffffff" : "#1a1a1a";
      tiles.add(new Tile(p.province(), p.province().column() * SIZE, p.province().row() * SIZE, v, fill, text));
      cols = Math.max(cols, p.province().column() + 1);
      rows = Math.max(rows, p.province().row() + 1);
    }
    return new TileMap(cols * SIZE, rows * SIZE, tiles);
  }

  public List<String> legend() {
    return List.of(SHADES);
  }
}
