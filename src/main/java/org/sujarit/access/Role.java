package org.sujarit.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles. The first seven are held within one organization; SYSTEM_ADMIN runs the installation and
 * OVERSIGHT reads across a province or the whole country (NACC provincial offices, the DLA).
 */
public enum Role {
  ORG_ADMIN(true),
  PLANNER(true),
  UNIT_OFFICER(true),
  EXECUTIVE(true),
  AUDITOR(true),
  VIEWER(true),
  /** Handles complaints of the channels the organization's administrator assigned them to. */
  COMPLAINT_OFFICER(true),
  SYSTEM_ADMIN(false),
  OVERSIGHT(false);

  private final boolean organizational;

  Role(boolean organizational) {
    this.organizational = organizational;
  }

  /** Held within one organization (as opposed to installation-wide). */
  public boolean organizational() {
    return organizational;
  }

  public static Set<Role> organizationalRoles() {
    return EnumSet.of(ORG_ADMIN, PLANNER, UNIT_OFFICER, EXECUTIVE, AUDITOR, VIEWER, COMPLAINT_OFFICER);
  }

  public String messageKey() {
    return "role." + name();
  }
}
