package org.sujarit.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sujarit.common.FiscalYear;
import org.sujarit.framework.Framework;
import org.sujarit.organization.UnitId;

/**
 * The Part 2 table as the official documents lay it out: per dimension its missions and items, a
 * column per fiscal year, "รวม จำนวน N โครงการ" per dimension and "รวมทั้งสิ้น". Missions with no
 * item are listed too, so that gaps show. Items whose mission the framework lacks come last. Rows
 * carry their row spans so that templates need no arithmetic.
 */
public record Part2View(List<FiscalYear> years, List<DimensionBlock> dimensions, List<Line> outsideFramework, PlanTotals totals) {

  public record DimensionBlock(Framework.Dimension dimension, List<MissionBlock> missions, List<Line> lines,
      PlanTotals.Amounts amounts, int itemCount) {}

  /** A top-level mission with the lines of its items (those of its sub-missions included), for the editor's grid. */
  public record MissionBlock(Framework.Mission mission, List<Line> items, PlanTotals.Amounts amounts) {
    /** An item's place among the items of its own (sub-)mission, from 0: what moving it up or down changes. */
    public int placeOf(PlanItem item) {
      int n = 0;
      for (Line l : items) {
        if (l.item().id().equals(item.id())) return n;
        if (l.item().missionCode().equals(item.missionCode())) n++;
      }
      return -1;
    }

    public boolean lastOfItsMission(PlanItem item) {
      return placeOf(item) == items.stream().filter(l -> l.item().missionCode().equals(item.missionCode())).count() - 1;
    }

    /** For element ids: "2.2" → "2-2". */
    public String key() {
      return mission.code().replace('.', '-');
    }
  }

  /**
   * One table row. {@code item} is null for a mission without items. The dimension and mission cells
   * are written on the first row of each, spanning {@code dimensionRows} / {@code missionRows}.
   */
  public record Line(int dimensionRows, int missionRows, Framework.Mission mission, PlanItem item, String responsible) {
    public boolean startsDimension() {
      return dimensionRows > 0;
    }

    public boolean startsMission() {
      return missionRows > 0;
    }
  }

  public static Part2View of(Plan plan, Framework framework, PlanTotals totals, Map<UnitId, String> unitNames) {
    List<DimensionBlock> dims = new ArrayList<>();
    Set<PlanItemId> placed = new HashSet<>();
    // items in plan order under the top-level mission of their (sub-)mission code
    Map<String, List<PlanItem>> byMission = new HashMap<>();
    for (PlanItem i : plan.items()) {
      framework.topMissionOf(i.missionCode()).ifPresent(m -> byMission.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(i));
    }
    for (Framework.Dimension d : framework.dimensions()) {
      List<Line> lines = new ArrayList<>();
      List<MissionBlock> missions = new ArrayList<>();
      for (Framework.Mission m : d.missions()) {
        List<PlanItem> items = byMission.getOrDefault(m.code(), List.of());
        if (items.isEmpty()) {
          lines.add(new Line(0, 1, m, null, ""));
        }
        List<Line> itemLines = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
          PlanItem i = items.get(k);
          placed.add(i.id());
          itemLines.add(new Line(0, k == 0 ? items.size() : 0, m, i, responsible(i, unitNames)));
        }
        lines.addAll(itemLines);
        missions.add(new MissionBlock(m, itemLines, totals.mission(m.code())));
      }
      if (!lines.isEmpty()) {
        Line first = lines.get(0);
        lines.set(0, new Line(lines.size(), first.missionRows(), first.mission(), first.item(), first.responsible()));
      }
      dims.add(new DimensionBlock(d, missions, lines, totals.dimension(d.no()), totals.counts(d.no()).total()));
    }
    List<Line> outside = plan.items().stream().filter(i -> !placed.contains(i.id()))
        .map(i -> new Line(0, 0, null, i, responsible(i, unitNames))).toList();
    return new Part2View(plan.period().years(), dims, outside, totals);
  }

  /** The names of an item's responsible units, as the table's last column shows them. */
  public static String responsible(PlanItem item, Map<UnitId, String> unitNames) {
    return String.join(", ", item.responsibleUnits().stream().map(u -> unitNames.getOrDefault(u, "?")).toList());
  }
}
