package org.sujarit.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The fiscal years a plan covers: from one to five consecutive B.E. fiscal years. */
public record FiscalPeriod(FiscalYear first, FiscalYear last) {
  public static final int MAX_YEARS = 5;

  public FiscalPeriod {
    if (first == null || last == null) throw new IllegalArgumentException("period needs a first and last year");
    if (last.compareTo(first) < 0) throw new InvalidPeriodException(InvalidPeriodException.Reason.REVERSED, first, last);
    if (last.value() - first.value() + 1 > MAX_YEARS)
      throw new InvalidPeriodException(InvalidPeriodException.Reason.TOO_LONG, first, last);
  }

  public static FiscalPeriod of(int firstBuddhistYear, int lastBuddhistYear) {
    return new FiscalPeriod(FiscalYear.of(firstBuddhistYear), FiscalYear.of(lastBuddhistYear));
  }

  public int length() {
    return last.value() - first.value() + 1;
  }

  public boolean contains(FiscalYear year) {
    return year.compareTo(first) >= 0 && year.compareTo(last) <= 0;
  }

  public List<FiscalYear> years() {
    List<FiscalYear> years = new ArrayList<>(length());
    for (int y = first.value(); y <= last.value(); y++) years.add(FiscalYear.of(y));
    return Collections.unmodifiableList(years);
  }

  /** The same length, moved so that it starts at {@code newFirst}. */
  public FiscalPeriod startingAt(FiscalYear newFirst) {
    return new FiscalPeriod(newFirst, newFirst.plus(length() - 1));
  }

  @Override
  public String toString() {
    return first + "–" + last;
  }
}
