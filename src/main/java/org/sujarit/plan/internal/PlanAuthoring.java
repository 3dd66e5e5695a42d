package org.sujarit.plan.internal;

import org.sujarit.plan.standarditems.StandardItems;
import org.sujarit.plan.standarditems.StandardItem;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;

/**
 * Starting a plan in the browser: empty, as a copy of the organization's previous plan, or from
 * entries of the standard item library; and adding library entries to a draft later.
 */
@Service
@Transactional
public class PlanAuthoring {
  private final Plans plans;
  private final PlanItems items;
  private final StandardItems standardItems;
  private final Organizations organizations;

  PlanAuthoring(Plans plans, PlanItems items, StandardItems standardItems, Organizations organizations) {
    this.plans = plans;
    this.items = items;
    this.standardItems = standardItems;
    this.organizations = organizations;
  }

  /** How a new plan begins. */
  public enum Start { EMPTY, COPY, LIBRARY }

  /**
   * What the new-plan form asks. {@code copyOf} is the plan to copy (COPY); {@code entries} the
   * library entries chosen (LIBRARY).
   */
  public record NewPlan(String title, String frameworkCode, FiscalPeriod period, Start start, PlanId copyOf, List<UUID> entries) {
    public NewPlan {
      entries = entries == null ? List.of() : List.copyOf(entries);
    }
  }

  /** The organization whose new plan the user is about to start (READ and EDIT_PLAN on it). */
  @Transactional(readOnly = true)
  public Organization planningFor(CurrentUser user, OrganizationId org) {
    Organization organization = organizations.get(user, org);
    user.require(Permission.EDIT_PLAN, organization.scope());
    return organization;
  }

  public Plan start(CurrentUser user, OrganizationId org, NewPlan request) {
    return switch (request.start()) {
      case EMPTY -> plans.create(user, org, request.frameworkCode(), request.period(), request.title());
      case COPY -> {
        if (request.copyOf() == null) throw RuleViolation.field("copyOf", "authoring.new.copy-required");
        Plan source = plans.get(user, request.copyOf());
        if (!source.organizationId().equals(org)) throw RuleViolation.field("copyOf", "authoring.new.copy-required");
        yield plans.copy(user, source.id(), source.version(), request.period(), request.frameworkCode(), request.title());
      }
      case LIBRARY -> {
        if (request.entries().isEmpty()) throw RuleViolation.field("entries", "authoring.new.entries-required");
        Plan plan = plans.create(user, org, request.frameworkCode(), request.period(), request.title());
        yield addStandardItems(user, plan.id(), plan.version(), plan.revision(), request.entries());
      }
    };
  }

  /** Adds library entries to a draft as items with their draft detail sheets, in one change. */
  public Plan addStandardItems(CurrentUser user, PlanId id, int version, long revision, List<UUID> entries) {
    Plan current = plans.get(user, id, version);
    String orgName = organizations.get(user, current.organizationId()).name();
    List<StandardItem> chosen = standardItems.resolve(entries, current.frameworkCode(), orgName, current.period());
    if (chosen.isEmpty()) throw RuleViolation.field("entries", "authoring.new.entries-required");
    return items.addItems(user, id, version, revision, "item.add-standard", chosen.stream()
        .map(s -> new PlanItems.NewItem(new ItemDraft(s.kind(), s.missionCode(), null, s.name(), null, null, null, null), s.details()))
        .toList());
  }
}
