package org.sujarit.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.ReviewStatus;
import org.sujarit.monitoring.RoundTasks;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Plan;

/**
 * The surveillance of corruption risks among a round's monitoring tasks: once the year's assessment is
 * approved, a unit officer sees the risks of their unit to report (to do until handed in, or again
 * when returned), a drafter every risk (to do while handed in and not yet reviewed).
 */
@Component
class SurveillanceTasks implements RoundTasks {
  private final RiskRepository repository;
  private final Organizations organizations;

  SurveillanceTasks(RiskRepository repository, Organizations organizations) {
    this.repository = repository;
    this.organizations = organizations;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Task> tasks(CurrentUser user, Plan plan, ReportingRound round) {
    var found = repository.find(plan.organizationId(), round.year()).filter(a -> !a.draft());
    if (found.isEmpty()) return List.of();
    RiskAssessment a = found.get();
    OrganizationScope scope = organizations.scopeOf(plan.organizationId());
    boolean reviewer = user.may(Permission.MANAGE_RISK, scope);
    Map<java.util.UUID, SurveillanceReport> reports = repository.surveillance(a.id(), round.kind()).stream()
        .collect(Collectors.toMap(SurveillanceReport::riskId, Function.identity(), (x, y) -> y));
    Map<UnitId, String> units = organizations.unitNames(user, plan.organizationId());
    String href = "/organizations/" + plan.organizationId() + "/risk/" + round.year().value() + "/surveillance/" + round.kind();
    List<Task> tasks = new ArrayList<>();
    for (Risk r : a.risks()) {
      if (!reviewer && !RiskAssessments.mayReport(user, r, scope)) continue;
      SurveillanceReport rep = reports.get(r.id());
      boolean toDo = reviewer ? rep != null && rep.review() == ReviewStatus.SUBMITTED : rep == null || rep.review() == ReviewStatus.RETURNED;
      tasks.add(new Task(r.description(), r.process(), r.ownerUnit() == null ? "" : units.getOrDefault(r.ownerUnit(), ""),
          rep == null ? "risk.surveillance.none" : rep.review().messageKey(), toDo, href));
    }
    return tasks;
  }
}
