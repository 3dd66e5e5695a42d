package org.sujarit.risk.nogift;

import java.time.LocalDate;
import java.util.List;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/**
 * The No Gift policy of one fiscal year: the day it was announced and by whom it is signed, and the
 * culture-building activities — items of the organization's plan, linked by id — with a note on what
 * was done.
 */
public record NoGiftPolicy(OrganizationId organizationId, FiscalYear year, LocalDate announcedOn, String signerName, String signerPosition,
    List<PlanItemId> activities, String activityNote, WorkflowStamp updated) {

  public NoGiftPolicy {
    activities = activities == null ? List.of() : List.copyOf(activities.stream().distinct().toList());
    signerName = blankToNull(signerName);
    signerPosition = blankToNull(signerPosition);
    activityNote = blankToNull(activityNote);
    if (activityNote != null && activityNote.length() > 4000) throw RuleViolation.field("activityNote", "risk.text.too-long", 4000);
    if (announcedOn != null && announcedOn.isAfter(year.lastDay())) throw RuleViolation.field("announcedOn", "nogift.announced.after-year");
  }

  public static NoGiftPolicy none(OrganizationId org, FiscalYear year) {
    return new NoGiftPolicy(org, year, null, null, null, List.of(), null, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
