package org.sujarit.plan;

import java.util.Optional;

/**
 * Risk level of Part 1. Score tables write สูง / ปานกลาง / ต่ำ; the NACC nine-step method uses
 * traffic-light colours, mapped here green → LOW, yellow → MEDIUM, orange → HIGH, red → VERY_HIGH.
 */
public enum RiskLevel {
  LOW, MEDIUM, HIGH, VERY_HIGH;

  /** The level a text names, empty when it names none (the caller reports it, never guesses). */
  public static Optional<RiskLevel> parse(String text) {
    if (text == null) return Optional.empty();
    return Optional.ofNullable(switch (text.strip().toUpperCase()) {
      case "LOW", "GREEN", "ต่ำ", "น้อย", "เขียว", "สีเขียว" -> LOW;
      case "MEDIUM", "YELLOW", "ปานกลาง", "กลาง", "เหลือง", "สีเหลือง" -> MEDIUM;
      case "HIGH", "ORANGE", "สูง", "ส้ม", "สีส้ม" -> HIGH;
      case "VERY_HIGH", "RED", "สูงมาก", "แดง", "สีแดง" -> VERY_HIGH;
      default -> null;
    });
  }

  /** The traffic light of the level (GREEN, YELLOW, ORANGE, RED), as the nine-step form and the interchange name it. */
  public String light() {
    return switch (this) {
      case LOW -> "GREEN";
      case MEDIUM -> "YELLOW";
      case HIGH -> "ORANGE";
      case VERY_HIGH -> "RED";
    };
  }

  public String messageKey() {
    return "risk.level." + name();
  }
}
