package org.sujarit.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two years' assessments side by side, risk by risk through their lineage (kept when a risk is carried
 * over): the level each year, and whether the risk is new, dropped, went up, down or stayed. Levels are
 * compared only when both years use the same matrix; otherwise both levels are shown and the change is
 * {@link Change#OTHER_MATRIX}.
 */
public record YearComparison(RiskAssessment from, RiskMatrix fromMatrix, RiskAssessment to, RiskMatrix toMatrix, List<Row> rows) {

  public enum Change {
    NEW, DROPPED, UP, DOWN, SAME, UNRATED, OTHER_MATRIX;

    public String messageKey() {
      return "risk.compare.change." + name();
    }
  }

  /** One lineage: the risk of each year (null when absent) and the change between them. */
  public record Row(UUID lineage, Risk before, Risk after, Change change) {
    /** The risk's words as the later year has them. */
    public Risk risk() {
      return after != null ? after : before;
    }
  }

  public static YearComparison of(RiskAssessment from, RiskMatrix fromMatrix, RiskAssessment to, RiskMatrix toMatrix) {
    Map<UUID, Risk> earlier = new LinkedHashMap<>();
    from.risks().forEach(r -> earlier.putIfAbsent(r.lineage(), r));
    List<Row> rows = new ArrayList<>();
    for (Risk r : to.risks()) {
      Risk before = earlier.remove(r.lineage());
      rows.add(new Row(r.lineage(), before, r, before == null ? Change.NEW : change(before, fromMatrix, r, toMatrix)));
    }
    earlier.values().forEach(r -> rows.add(new Row(r.lineage(), r, null, Change.DROPPED)));
    return new YearComparison(from, fromMatrix, to, toMatrix, List.copyOf(rows));
  }

  private static Change change(Risk before, RiskMatrix fromMatrix, Risk after, RiskMatrix toMatrix) {
    if (before.effectiveLevel() == null || after.effectiveLevel() == null) return Change.UNRATED;
    if (!fromMatrix.id().equals(toMatrix.id())) return Change.OTHER_MATRIX;
    int d = Integer.compare(toMatrix.rank(after.effectiveLevel()), fromMatrix.rank(before.effectiveLevel()));
    return d > 0 ? Change.UP : d < 0 ? Change.DOWN : Change.SAME;
  }

  public long count(Change c) {
    return rows.stream().filter(r -> r.change() == c).count();
  }
}
