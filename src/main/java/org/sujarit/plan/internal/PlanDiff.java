package org.sujarit.plan.internal;

import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItemId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;

/**
 * What differs between two states of a plan (two versions, or before and after an edit): items
 * added, removed, moved or changed, with budget changes per year. Items are matched by id, which a
 * plan keeps across versions.
 */
public record PlanDiff(
    List<PlanItem> added,
    List<PlanItem> removed,
    List<ItemChange> changed,
    boolean titleChanged,
    boolean introductionChanged,
    boolean statusChanged) {

  public static PlanDiff between(Plan.Snapshot before, Plan.Snapshot after) {
    Map<PlanItemId, PlanItem> old = new LinkedHashMap<>();
    before.items().forEach(i -> old.put(i.id(), i));
    List<PlanItem> added = new ArrayList<>();
    List<ItemChange> changed = new ArrayList<>();
    for (PlanItem now : after.items()) {
      PlanItem was = old.remove(now.id());
      if (was == null) added.add(now);
      else if (!was.equals(now)) changed.add(new ItemChange(was, now));
    }
    return new PlanDiff(added, List.copyOf(old.values()), changed, !Objects.equals(before.title(), after.title()),
        !Objects.equals(before.introduction(), after.introduction()), before.status() != after.status());
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !titleChanged && !introductionChanged && !statusChanged;
  }

  /** One item in both states. */
  public record ItemChange(PlanItem before, PlanItem after) {
    /** Under another mission, or renumbered. */
    public boolean moved() {
      return !before.missionCode().equals(after.missionCode()) || before.sequence() != after.sequence();
    }

    public boolean missionChanged() {
      return !before.missionCode().equals(after.missionCode());
    }

    /** Years whose amount differs, with the amounts before and after (null = not stated). */
    public Map<FiscalYear, Baht[]> budgetChanges() {
      Map<FiscalYear, Baht[]> out = new TreeMap<>();
      TreeMap<FiscalYear, Baht> years = new TreeMap<>(before.budget().amounts());
      years.putAll(after.budget().amounts());
      for (FiscalYear y : years.keySet()) {
        Baht b = before.budget().amounts().get(y), a = after.budget().amounts().get(y);
        if (!Objects.equals(b, a)) out.put(y, new Baht[] {b, a});
      }
      return out;
    }

    /** Anything other than place and budget changed (name, kind, units, quarters, remark, details). */
    public boolean contentChanged() {
      return before.contentDiffersFrom(after);
    }
  }
}
