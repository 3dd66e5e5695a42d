package org.sujarit.plan;

import org.sujarit.common.NotFoundException;

public class PlanNotFoundException extends NotFoundException {
  public PlanNotFoundException(PlanId id) {
    super("plan.not-found", id.toString());
  }
}
