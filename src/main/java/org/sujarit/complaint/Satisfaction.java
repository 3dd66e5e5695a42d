package org.sujarit.complaint;

import org.sujarit.common.RuleViolation;

/** The complainant's rating after closing: 1 (very dissatisfied) to 5 (very satisfied) and a comment. */
public record Satisfaction(int score, String comment) {
  public static final int MAX_COMMENT = 2000;

  public Satisfaction {
    if (score < 1 || score > 5) throw RuleViolation.field("score", "complaint.satisfaction.invalid");
    comment = comment == null ? "" : comment.strip();
    if (comment.length() > MAX_COMMENT) throw RuleViolation.field("comment", "complaint.text.too-long", MAX_COMMENT);
  }

  /** Satisfied means 4 or 5; the plans promise at least 80 % satisfied complainants. */
  public boolean satisfied() {
    return score >= 4;
  }
}
