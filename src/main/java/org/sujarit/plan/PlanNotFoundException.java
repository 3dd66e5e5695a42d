package org.sujarit.plan;

import org.sujarit.common.NotFoundException;

class PlanNotFoundException extends NotFoundException {
  PlanNotFoundException(PlanId id) {
    super("plan.not-found", id.toString());
  }
}
