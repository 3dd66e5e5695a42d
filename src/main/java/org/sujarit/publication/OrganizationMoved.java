package org.sujarit.publication;

/** A public page asked for under a former code: it moved for good to the same page under {@code code}. */
public final class OrganizationMoved extends RuntimeException {
  private final String code;

  OrganizationMoved(String code) {
    super(null, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
