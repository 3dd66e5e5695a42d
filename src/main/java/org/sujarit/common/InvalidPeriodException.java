package org.sujarit.common;

/** A plan period that is reversed or longer than five fiscal years. */
public class InvalidPeriodException extends RuleViolation {
  public enum Reason {
    REVERSED, TOO_LONG;

    public String messageKey() {
      return "period." + name().toLowerCase().replace('_', '-');
    }
  }

  private final Reason reason;

  public InvalidPeriodException(Reason reason, FiscalYear first, FiscalYear last) {
    super(reason.messageKey(), first.value(), last.value());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
