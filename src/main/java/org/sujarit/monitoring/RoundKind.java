package org.sujarit.monitoring;

/** The two reports of a fiscal year: the 6-month report (October–March) and the annual report. */
public enum RoundKind {
  HALF_YEAR, FULL_YEAR;

  public String messageKey() {
    return "monitoring.round." + name();
  }
}
