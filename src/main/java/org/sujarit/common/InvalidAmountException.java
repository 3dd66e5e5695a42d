package org.sujarit.common;

/** Text that is not an acceptable amount of baht. */
public class InvalidAmountException extends RuleViolation {
  public enum Reason {
    EMPTY, NOT_A_NUMBER, NEGATIVE, TOO_PRECISE, TOO_LARGE;

    /** Message-bundle key, e.g. {@code amount.negative}. */
    public String messageKey() {
      return "amount." + name().toLowerCase().replace('_', '-');
    }
  }

  private final Reason reason;

  public InvalidAmountException(Reason reason, String input) {
    super(reason.messageKey(), input == null ? "" : input);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
