package org.sujarit.common;

/** Text that is not an acceptable amount of baht; {@link #reason()} names the message to show. */
public class InvalidAmountException extends IllegalArgumentException {
  public enum Reason {
    EMPTY, NOT_A_NUMBER, NEGATIVE, TOO_PRECISE, TOO_LARGE;

    /** Message-bundle key, e.g. {@code amount.negative}. */
    public String messageKey() {
      return "amount." + name().toLowerCase().replace('_', '-');
    }
  }

  private final Reason reason;
  private final String input;

  public InvalidAmountException(Reason reason, String input) {
    super(reason + ": " + input);
    this.reason = reason;
    this.input = input;
  }

  public Reason reason() {
    return reason;
  }

  public String input() {
    return input;
  }
}
