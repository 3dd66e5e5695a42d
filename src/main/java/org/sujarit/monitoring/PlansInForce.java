package org.sujarit.monitoring;

import java.util.List;
import org.springframework.stereotype.Component;
import org.sujarit.access.CurrentUser;
import org.sujarit.common.RuleViolation;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;
import org.sujarit.plan.VersionInfo;

/** The plan version whose items progress is reported on: the latest approved or published one, if the round lies in its years. */
@Component
class PlansInForce {
  private final Plans plans;

  PlansInForce(Plans plans) {
    this.plans = plans;
  }

  Plan get(CurrentUser user, PlanId id, ReportingRound round) {
    List<VersionInfo> versions = plans.versions(user, id);
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (!versions.get(i).status().inForce()) continue;
      Plan plan = plans.get(user, id, versions.get(i).version());
      if (!plan.period().contains(round.year())) {
        throw RuleViolation.field("year", "monitoring.year.outside-plan", round.year().value(), plan.period().first().value(),
            plan.period().last().value());
      }
      return plan;
    }
    throw new RuleViolation("monitoring.plan.not-in-force");
  }
}
