package org.sujarit.plan.internal;

import java.util.List;
import java.util.function.UnaryOperator;
import org.sujarit.access.CurrentUser;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;

/**
 * Adding and changing Part 2 items of a draft, for the plan module's own editor, API and library
 * start; other modules read items only. Each call is one change of {@code version} read at
 * {@code revision}, checked and audited like every plan edit.
 */
public interface PlanItems {
  PlanItem addItem(CurrentUser user, PlanId id, int version, long revision, ItemDraft draft);

  Plan updateItem(CurrentUser user, PlanId id, int version, long revision, PlanItemId item, ItemDraft draft);

  /** A change of some fields: {@code change} gets what the item holds now ({@link ItemDraft#from}). */
  Plan updateItem(CurrentUser user, PlanId id, int version, long revision, PlanItemId item, UnaryOperator<ItemDraft> change);

  /** Items with their detail sheets (null for none), added in one change recorded as {@code action}. */
  Plan addItems(CurrentUser user, PlanId id, int version, long revision, String action, List<NewItem> items);

  record NewItem(ItemDraft draft, DetailSheet details) {}
}
