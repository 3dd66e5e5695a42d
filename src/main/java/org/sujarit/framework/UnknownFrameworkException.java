package org.sujarit.framework;

class UnknownFrameworkException extends IllegalArgumentException {
  public UnknownFrameworkException(String code) {
    super("unknown framework: " + code);
  }
}
