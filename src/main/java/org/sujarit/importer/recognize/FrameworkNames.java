package org.sujarit.importer.recognize;

import org.sujarit.framework.Framework;
import org.sujarit.importer.text.NameKey;

/** Finding framework dimensions and missions by their (possibly damaged) written names. */
final class FrameworkNames {
  private static final double MIN_SIMILARITY = 0.55;

  private FrameworkNames() {}

  /** The code of the mission of a dimension (any dimension when null) whose name is closest to the text. */
  static String closestMission(Framework framework, Integer dimension, String text) {
    if (framework == null || text == null) return null;
    String key = NameKey.of(text);
    String best = null;
    double bestScore = MIN_SIMILARITY;
    for (Framework.Dimension d : framework.dimensions()) {
      if (dimension != null && d.no() != dimension) continue;
      for (Framework.Mission m : d.missions()) {
        double s = NameKey.similarity(key, NameKey.of(m.name()));
        if (s > bestScore) {
          bestScore = s;
          best = m.code();
        }
      }
    }
    return best;
  }

  /** Of several written names, the one closest to the reference name (the first when none is given). */
  static String closestTo(String reference, Iterable<String> candidates) {
    String best = null;
    double bestScore = -1;
    String ref = reference == null ? null : NameKey.of(reference);
    for (String c : candidates) {
      if (c == null || c.isBlank()) continue;
      double s = ref == null ? 0 : NameKey.similarity(ref, NameKey.of(c));
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }
}
