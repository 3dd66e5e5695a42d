package org.sujarit.access;

/** The user lacks the permission: by role, or because the data belong to another organization. */
public class AccessRefusedException extends RuntimeException {
  private final Permission permission;
  private final boolean otherOrganization;

  public AccessRefusedException(Permission permission) {
    this(permission, false);
  }

  public AccessRefusedException(Permission permission, boolean otherOrganization) {
    super("access refused: " + permission + (otherOrganization ? " (another organization)" : ""));
    this.permission = permission;
    this.otherOrganization = otherOrganization;
  }

  public Permission permission() {
    return permission;
  }

  /** True when the user's own roles would allow it, but the data are another organization's. */
  public boolean otherOrganization() {
    return otherOrganization;
  }
}
