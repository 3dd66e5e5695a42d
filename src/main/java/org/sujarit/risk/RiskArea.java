package org.sujarit.risk;

import java.util.List;
import org.sujarit.common.RuleViolation;

/**
 * The areas NACC asks organizations to assess; an organization may add its own (any other text).
 * Bribery is the focus of ITA 2569.
 */
public final class RiskArea {
  public static final String APPROVAL = "APPROVAL";
  public static final String POWER = "POWER";
  public static final String BUDGET = "BUDGET";
  public static final String BRIBERY = "BRIBERY";
  public static final List<String> BUILT_IN = List.of(APPROVAL, POWER, BUDGET, BRIBERY);
  static final int MAX_LENGTH = 200;

  private RiskArea() {}

  /** A built-in code or the organization's own area name, stripped. */
  public static String of(String text) {
    if (text == null || text.isBlank()) throw RuleViolation.field("area", "risk.area.empty");
    String t = text.strip();
    if (t.length() > MAX_LENGTH) throw RuleViolation.field("area", "risk.text.too-long", MAX_LENGTH);
    return t;
  }

  public static boolean builtIn(String area) {
    return BUILT_IN.contains(area);
  }
}
