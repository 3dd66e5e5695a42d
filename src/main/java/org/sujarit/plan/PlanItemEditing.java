package org.sujarit.plan;

import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.sujarit.access.CurrentUser;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.internal.PlanItems;

/** {@link PlanItems} on the {@link Plan}'s own item rules, which only this package calls. */
@Service
class PlanItemEditing implements PlanItems {
  private final Plans plans;

  PlanItemEditing(Plans plans) {
    this.plans = plans;
  }

  @Override
  public PlanItem addItem(CurrentUser user, PlanId id, int version, long revision, ItemDraft draft) {
    return plans.addItem(user, id, version, revision, draft);
  }

  @Override
  public Plan updateItem(CurrentUser user, PlanId id, int version, long revision, PlanItemId item, ItemDraft draft) {
    return plans.updateItem(user, id, version, revision, item, draft);
  }

  @Override
  public Plan updateItem(CurrentUser user, PlanId id, int version, long revision, PlanItemId item, UnaryOperator<ItemDraft> change) {
    return plans.edit(user, id, version, revision, "item.update",
        p -> p.updateItem(item, change.apply(ItemDraft.from(p.item(item))), plans.frameworkOf(p)));
  }

  @Override
  public Plan addItems(CurrentUser user, PlanId id, int version, long revision, String action, List<NewItem> items) {
    return plans.edit(user, id, version, revision, action, p -> {
      for (NewItem i : items) {
        PlanItem added = p.addItem(i.draft(), plans.frameworkOf(p));
        if (i.details() != null) p.setDetails(added.id(), i.details());
      }
    });
  }
}
