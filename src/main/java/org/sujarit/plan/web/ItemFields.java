package org.sujarit.plan.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.ItemKind;

/**
 * The fields of a Part 2 row that one control of the grid sends: its name, kind, responsible units,
 * planned quarters or remark. Null means "not sent, unchanged", so that a change touches only what
 * the user changed and can be applied again on top of someone else's change.
 */
record ItemFields(String name, ItemKind kind, List<UnitId> units, SortedMap<FiscalYear, Set<FiscalQuarter>> quarters,
    String remark) {

  /**
   * From the request: {@code units} and {@code quarters} count only when their fieldset says it is
   * present (an empty checkbox group sends nothing); quarters arrive as {@code 2567:2}.
   */
  static ItemFields of(String name, ItemKind kind, boolean unitsSent, List<UnitId> units, boolean quartersSent,
      List<String> quarters, String remark) {
    SortedMap<FiscalYear, Set<FiscalQuarter>> q = null;
    if (quartersSent) {
      q = new TreeMap<>();
      for (String yq : quarters == null ? List.<String>of() : quarters) {
        String[] p = yq.split(":");
        if (p.length != 2) throw new IllegalArgumentException("quarter " + yq);
        q.computeIfAbsent(FiscalYear.of(Integer.parseInt(p[0])), y -> EnumSet.noneOf(FiscalQuarter.class))
            .add(FiscalQuarter.of(Integer.parseInt(p[1])));
      }
    }
    return new ItemFields(name, kind, unitsSent ? (units == null ? List.of() : units) : null, q, remark);
  }

  ItemDraft applyTo(ItemDraft current) {
    return new ItemDraft(kind == null ? current.kind() : kind, current.missionCode(), null, name == null ? current.name() : name,
        current.budget(), units == null ? current.responsibleUnits() : units,
        quarters == null ? current.plannedQuarters() : quarters, remark == null ? current.remark() : remark);
  }
}
