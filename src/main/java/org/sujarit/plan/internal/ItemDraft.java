package org.sujarit.plan.internal;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.PlanItem;

/**
 * What a user fills in for a Part 2 item (in the editor, the API or from the library; other modules only read items). {@code sequence} null means "next number in the dimension";
 * the budget and quarters cover only the years given.
 */
public record ItemDraft(
    ItemKind kind,
    String missionCode,
    Integer sequence,
    String name,
    Budget budget,
    List<UnitId> responsibleUnits,
    SortedMap<FiscalYear, Set<FiscalQuarter>> plannedQuarters,
    String remark) {

  /** What the item holds now, for a change of some fields; the number stays unless the dimension changes. */
  public static ItemDraft from(PlanItem item) {
    return new ItemDraft(item.kind(), item.missionCode(), null, item.name(), item.budget(), item.responsibleUnits(),
        item.plannedQuarters(), item.remark());
  }
}
