package org.sujarit.document.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;

/** Baht per fiscal year of the plan; a year with no entry is one the plan states nothing for. */
public final class Amounts {
  private final Map<FiscalYear, Baht> byYear;

  private Amounts(Map<FiscalYear, Baht> byYear) {
    this.byYear = Collections.unmodifiableMap(byYear);
  }

  /** The stated amounts of the period's years, rounded to the satang; other years are dropped. */
  public static Amounts of(Map<Integer, BigDecimal> budget, FiscalPeriod period) {
    Map<FiscalYear, Baht> m = new LinkedHashMap<>();
    if (budget != null) {
      for (FiscalYear y : period.years()) {
        BigDecimal v = budget.get(y.value());
        if (v != null) m.put(y, rounded(v));
      }
    }
    return new Amounts(m);
  }

  /** An amount as the plan gives it, rounded to the satang. */
  static Baht rounded(BigDecimal amount) {
    return Baht.of(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** The sum per year, every year stated (zero where no part states it). */
  public static Amounts sum(Collection<Amounts> parts, FiscalPeriod period) {
    Map<FiscalYear, Baht> m = new LinkedHashMap<>();
    for (FiscalYear y : period.years()) {
      Baht total = Baht.ZERO;
      for (Amounts a : parts) {
        Baht v = a.byYear.get(y);
        if (v != null) total = total.plus(v);
      }
      m.put(y, total);
    }
    return new Amounts(m);
  }

  /** Null when the plan states nothing for the year. */
  public Baht get(FiscalYear year) {
    return byYear.get(year);
  }

  public boolean states(FiscalYear year) {
    return byYear.containsKey(year);
  }

  public boolean statesAnything() {
    return !byYear.isEmpty();
  }

  public Baht total() {
    return byYear.values().stream().reduce(Baht.ZERO, Baht::plus);
  }

  /** The years with a budget above zero. */
  public Map<FiscalYear, Baht> funded() {
    Map<FiscalYear, Baht> m = new LinkedHashMap<>();
    byYear.forEach((y, b) -> {
      if (b.compareTo(Baht.ZERO) > 0) m.put(y, b);
    });
    return m;
  }
}
