package org.sujarit.organization;

import org.sujarit.common.NotFoundException;

public class OrganizationNotFoundException extends NotFoundException {
  public OrganizationNotFoundException(OrganizationId id) {
    super("organization.not-found", id.toString());
  }
}
