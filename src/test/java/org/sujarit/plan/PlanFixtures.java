package org.sujarit.plan;

import java.util.List;
import org.sujarit.access.CurrentUser;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.internal.ItemDraft;

/**
 * Plans for other modules' tests, made by the plan's own means that are not its published API: an
 * unstored plan as the repository assembles one, and items added the way the plan's editor adds them.
 */
public final class PlanFixtures {
  private PlanFixtures() {}

  /** A draft version 1 of a random organization, not stored; {@code title} null for the standard one. */
  public static Plan unstored(String frameworkCode, FiscalPeriod period, WorkflowStamp created, String title, Introduction intro,
      List<PlanItem> items) {
    return Plan.builder(PlanId.random(), 1, OrganizationId.random(), frameworkCode, period, created)
        .title(title).introduction(intro).items(items).build();
  }

  public static PlanItem addItem(Plans plans, CurrentUser user, PlanId id, int version, long revision, ItemDraft draft) {
    return plans.addItem(user, id, version, revision, draft);
  }

  public static Plan updateItem(Plans plans, CurrentUser user, PlanId id, int version, long revision, PlanItemId item, ItemDraft draft) {
    return plans.updateItem(user, id, version, revision, item, draft);
  }
}
