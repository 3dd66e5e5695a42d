package org.sujarit.risk.web;

import org.sujarit.risk.RiskMatrix;

/** The CSS class of a matrix level's colour ({@code /risk/matrices.css}), for the templates. */
public final class LevelClass {
  private LevelClass() {}

  public static String of(RiskMatrix m, String levelId) {
    if (levelId == null) return "lvl-none";
    return ("lvl-" + m.id() + "-" + m.version() + "-" + levelId).replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
