package org.sujarit.importer.recognize;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sujarit.framework.Framework;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;

/**
 * Gives a mission to table items whose mission cell was lost: the mission under which their Part 3
 * sheets stand (by majority over each run of items), else the framework mission after the one before.
 */
final class MissionResolver {
  private MissionResolver() {}

  static void resolve(List<TableItem> items, Framework framework, Findings findings) {
    Map<Integer, List<TableItem>> groups = new LinkedHashMap<>();
    for (TableItem i : items) {
      if (i.dimension == null && i.sheet != null) i.dimension = i.sheet.dimension;
      if (i.missionCode == null) groups.computeIfAbsent(i.missionGroup, g -> new java.util.ArrayList<>()).add(i);
    }
    for (List<TableItem> group : groups.values()) {
      String code = bySheets(group);
      String how = "จากตำแหน่งของรายละเอียดในส่วนที่ 3";
      if (code == null) {
        code = afterPrevious(items, group.get(0), framework);
        how = "จากลำดับเลขที่เริ่มใหม่และลำดับภารกิจในกรอบ ป.ป.ช.";
      }
      if (code == null) continue;
      for (TableItem i : group) {
        i.missionCode = code;
        if (i.dimension == null) i.dimension = Integer.parseInt(code.substring(0, code.indexOf('.')));
      }
      findings.add(group.get(0).line, DiagnosticCode.MISSION_INFERRED, "ช่องภารกิจของ " + group.size()
          + " รายการหายไป: ใช้ภารกิจ " + code + " " + how);
    }
  }

  private static String bySheets(List<TableItem> group) {
    Map<String, Integer> votes = new HashMap<>();
    for (TableItem i : group) {
      if (i.sheet != null && i.sheet.missionCode != null
          && (i.dimension == null || i.sheet.missionCode.startsWith(i.dimension + "."))) {
        votes.merge(i.sheet.missionCode, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** The framework mission that follows the mission of the nearest item before, in the same dimension. */
  private static String afterPrevious(List<TableItem> items, TableItem first, Framework framework) {
    if (framework == null || first.dimension == null) return null;
    var dim = framework.dimension(first.dimension);
    if (dim.isEmpty() || dim.get().missions().isEmpty()) return null;
    List<Framework.Mission> missions = dim.get().missions();
    String previous = null;
    for (TableItem i : items) {
      if (i == first) break;
      if (first.dimension.equals(i.dimension) && i.missionCode != null) previous = i.missionCode;
    }
    if (previous == null) return missions.get(0).code();
    String top = framework.topMissionOf(previous).map(Framework.Mission::code).orElse(previous);
    for (int k = 0; k + 1 < missions.size(); k++) {
      if (missions.get(k).code().equals(top)) return missions.get(k + 1).code();
    }
    return top;
  }
}
