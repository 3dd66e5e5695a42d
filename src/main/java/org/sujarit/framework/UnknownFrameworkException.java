package org.sujarit.framework;

public class UnknownFrameworkException extends IllegalArgumentException {
  public UnknownFrameworkException(String code) {
    super("unknown framework: " + code);
  }
}
