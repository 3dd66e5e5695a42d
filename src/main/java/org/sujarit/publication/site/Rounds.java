package org.sujarit.publication.site;

import java.util.Optional;
import org.sujarit.monitoring.RoundKind;

/** Rounds as public links name them: "half-year", "full-year". */
public final class Rounds {
  private Rounds() {}

  public static String path(RoundKind kind) {
    return kind.name().toLowerCase().replace('_', '-');
  }

  public static Optional<RoundKind> parse(String path) {
    for (RoundKind k : RoundKind.values()) if (path(k).equals(path)) return Optional.of(k);
    return Optional.empty();
  }
}
