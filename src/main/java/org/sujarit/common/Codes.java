package org.sujarit.common;

/** Reading enum codes from outside (files, forms): case and spaces ignored, unknown text → a fallback. */
public final class Codes {
  private Codes() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String code, E fallback) {
    if (code == null || code.isBlank()) return fallback;
    try {
      return Enum.valueOf(type, code.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
