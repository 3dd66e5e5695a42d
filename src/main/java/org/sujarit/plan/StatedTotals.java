package org.sujarit.plan;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;

/**
 * Totals as a source document states them ("รวม จำนวน N โครงการ", "รวมทั้งสิ้น"), kept so that the
 * differences from the computed sums can be reported; never used as the plan's figures.
 */
public record StatedTotals(Map<Integer, Stated> dimensions, Stated grand) {
  public StatedTotals {
    dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
  }

  public record Stated(Integer projectCount, SortedMap<FiscalYear, Baht> totals) {
    public Stated {
      totals = totals == null ? new TreeMap<>() : new TreeMap<>(totals);
    }
  }
}
