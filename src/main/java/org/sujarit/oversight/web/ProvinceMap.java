package org.sujarit.oversight.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sujarit.oversight.figures.Figure;
import org.sujarit.oversight.figures.Province;
import org.sujarit.oversight.figures.Summary;

/**
 * The choropleth of the 77 provinces, drawn server-side from the openly licensed outlines of
 * {@code oversight/map/provinces.tsv} (CC BY 4.0, see its ATTRIBUTION.md), shaded in five steps of 20
 * percentage points of the chosen figure; no figure (nothing to count) is grey.
 */
public record ProvinceMap(List<Shape> provinces, List<String> water) {
  static final String VIEW_BOX = "0 0 560 1025";
  static final String[] SHADES = {"#f7fcf5", "#c7e9c0", "#74c476", "#31a354", "#006d2c"};
  static final String NONE = "#d9d9d9";
  private static final Outlines OUTLINES = Outlines.load();

  public record Shape(Province province, String path, BigDecimal value, String fill) {}

  static ProvinceMap of(List<Summary.ProvinceFigures> provinces, Figure figure) {
    List<Shape> shapes = new ArrayList<>();
    for (Summary.ProvinceFigures p : provinces) {
      String path = OUTLINES.byCode().get(p.province().code());
      if (path == null) continue;
      BigDecimal v = figure.of(p.figures());
      int step = v == null ? -1 : Math.min(4, v.intValue() / 20);
      shapes.add(new Shape(p.province(), path, v, step < 0 ? NONE : SHADES[step]));
    }
    return new ProvinceMap(shapes, OUTLINES.water());
  }

  public String viewBox() {
    return VIEW_BOX;
  }

  public List<String> legend() {
    return List.of(SHADES);
  }

  public String none() {
    return NONE;
  }

  /** Path data by DOPA code; rows without a code (Songkhla Lake) are water. */
  private record Outlines(Map<String, String> byCode, List<String> water) {
    static Outlines load() {
      try (InputStream in = ProvinceMap.class.getResourceAsStream("/oversight/map/provinces.tsv")) {
        if (in == null) throw new IllegalStateException("oversight/map/provinces.tsv missing");
        Map<String, String> byCode = new LinkedHashMap<>();
        List<String> water = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
          if (line.isBlank() || line.startsWith("#")) continue;
          String[] f = line.split("\t", -1);
          if (f[0].isEmpty()) water.add(f[2]);
          else byCode.put(f[0], f[2]);
        }
        return new Outlines(Map.copyOf(byCode), List.copyOf(water));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
