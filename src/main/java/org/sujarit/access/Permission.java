package org.sujarit.access;

import static org.sujarit.access.Role.*;

import java.util.EnumSet;
import java.util.Set;

/** What a role lets its holder do within an organization: the one place that maps roles to rights. */
public enum Permission {
  /** Read the organization, its units and plans. */
  READ(EnumSet.of(ORG_ADMIN, PLANNER, UNIT_OFFICER, EXECUTIVE, AUDITOR, VIEWER, COMPLAINT_OFFICER, SYSTEM_ADMIN, OVERSIGHT)),
  /** Create plans and change drafts, submit them, amend approved plans. */
  EDIT_PLAN(EnumSet.of(PLANNER)),
  APPROVE_PLAN(EnumSet.of(EXECUTIVE)),
  PUBLISH_PLAN(EnumSet.of(ORG_ADMIN, PLANNER)),
  /** Report progress on the items of one's own unit (or any unit for planners). */
  REPORT_PROGRESS(EnumSet.of(UNIT_OFFICER, PLANNER)),
  /** Review (accept or return) progress records, report on any unit's items, correct them after acknowledgement. */
  REVIEW_PROGRESS(EnumSet.of(PLANNER)),
  /** Acknowledge a round's report, which closes the round. */
  ACKNOWLEDGE_ROUND(EnumSet.of(EXECUTIVE)),
  /** Set reporting deadlines, the units' reminder addresses and the actual values of the plan's goals. */
  MANAGE_MONITORING(EnumSet.of(PLANNER)),
  /** Draft the corruption-risk assessment of a fiscal year (internal audit or the plan officer). */
  MANAGE_RISK(EnumSet.of(PLANNER, AUDITOR)),
  /** Approve the risk assessment and acknowledge its management report. */
  APPROVE_RISK(EnumSet.of(EXECUTIVE)),
  /** Report the surveillance and treatment status of risks: units for their own risks, drafters for any. */
  REPORT_RISK(EnumSet.of(UNIT_OFFICER, PLANNER, AUDITOR)),
  /** Record a gift one received or gave in the organization's gift register. */
  RECORD_GIFT(EnumSet.copyOf(Role.organizationalRoles())),
  /** Read the whole gift register (others see the gifts they recorded). */
  READ_GIFTS(EnumSet.of(EXECUTIVE, AUDITOR, PLANNER)),
  /** Draft the No Gift announcement of a year and link its culture-building activities. */
  MANAGE_NO_GIFT(EnumSet.of(PLANNER)),
  /** Sign the No Gift announcement the planner drafted, which publishes it. */
  SIGN_NO_GIFT(EnumSet.of(EXECUTIVE)),
  /** Manage members (accounts, roles, passwords) and units; the system administrator helps where no ORG_ADMIN is left. */
  MANAGE_ORGANIZATION(EnumSet.of(ORG_ADMIN, SYSTEM_ADMIN)),
  /** Read the audit trail of the organization and run its verification. */
  READ_AUDIT(EnumSet.of(AUDITOR, ORG_ADMIN, SYSTEM_ADMIN)),
  /**
   * Read and handle the complaints of the channels one is assigned to (content, identity on a logged
   * reveal, workflow, messages). Nobody else reads a complaint: not ORG_ADMIN, not SYSTEM_ADMIN.
   */
  HANDLE_COMPLAINT(EnumSet.of(COMPLAINT_OFFICER)),
  /** Open or close the complaint channels, set their handling time and assign their officers (never read cases). */
  MANAGE_COMPLAINTS(EnumSet.of(ORG_ADMIN)),
  /** Read the oversight figures of a province (OVERSIGHT with that province or none) or of the country. */
  OVERSEE(EnumSet.of(SYSTEM_ADMIN, OVERSIGHT)),
  /** Create organizations and their first administrators; edit reference data. */
  ADMINISTER_SYSTEM(EnumSet.of(SYSTEM_ADMIN));

  private final Set<Role> grantedTo;

  Permission(Set<Role> grantedTo) {
    this.grantedTo = grantedTo;
  }

  public boolean grantedTo(Role role) {
    return grantedTo.contains(role);
  }

  /** The roles that hold this permission, in the roles' order. */
  public Set<Role> roles() {
    return EnumSet.copyOf(grantedTo);
  }
}
