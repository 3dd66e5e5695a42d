package org.sujarit.access;

/** The user lacks the permission, or the data belong to another organization. */
public class AccessRefusedException extends RuntimeException {
  private final Permission permission;

  public AccessRefusedException(Permission permission) {
    super("access refused: " + permission);
    this.permission = permission;
  }

  public Permission permission() {
    return permission;
  }
}
