package org.sujarit.common;

/** The thing asked for does not exist (shown as "not found", HTTP 404). */
public class NotFoundException extends RuleViolation {
  public NotFoundException(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
