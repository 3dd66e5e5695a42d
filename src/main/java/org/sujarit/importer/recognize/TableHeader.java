package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.importer.text.Amounts;
import org.sujarit.importer.text.ItemMarker;
import org.sujarit.importer.text.ThaiText;

/** The column layout of a Part 2 table as its header rows state it; -1 marks a column it lacks. */
final class TableHeader {
  private static final Pattern SUB_HEADER_CELL = Pattern.compile(".*(ปี\\s*(?:งบประมาณ)?\\s*(?:25|๒๕)|งบประมาณ|\\(บาท\\)|หมายเหตุ|ไตรมาส).*");

  private static final int SUB_HEADER_LENGTH = 40;

  final int dimensionCol;
  final int missionCol;
  final int itemCol;
  final int remarkCol;
  /** Plain "หมายเหตุ" columns hold responsible units in most plans; a named column says so outright. */
  final boolean remarkNamesUnit;
  final List<Integer> years;
  final List<Integer> yearCols;

  private TableHeader(int dimensionCol, int missionCol, int itemCol, int remarkCol, boolean remarkNamesUnit,
      List<Integer> years, List<Integer> yearCols) {
    this.dimensionCol = dimensionCol;
    this.missionCol = missionCol;
    this.itemCol = itemCol;
    this.remarkCol = remarkCol;
    this.remarkNamesUnit = remarkNamesUnit;
    this.years = years;
    this.yearCols = yearCols;
  }

  /** The first row of a plan table header: item and budget columns side by side. */
  static boolean isHeader(List<String> cells) {
    if (cells.size() < 4) return false;
    for (String c : cells) {
      if (Amounts.isBudgetCell(c) || ItemMarker.atStart(c) != null) return false;
    }
    String all = String.join(" ", cells);
    boolean items = all.contains("โครงการ/กิจกรรม") || all.contains("โครงการ / กิจกรรม")
        || (all.contains("โครงการ") && (all.contains("ภารกิจ") || all.contains("มิติ")));
    boolean money = all.contains("งบประมาณ") || Patterns.YEAR.matcher(all).find();
    return items && money;
  }

  /** A further header row: years, "งบประมาณ (บาท)" and the like, and no item. */
  static boolean isSubHeader(List<String> cells) {
    boolean headerWord = false;
    for (String c : cells) {
      if (c.isEmpty()) continue;
      if (ItemMarker.atStart(c) != null || Patterns.COUNT.matcher(c).matches() || Patterns.TOTAL_LABEL.matcher(c).matches())
        return false;
      // header cells are short; an item's name may well contain "งบประมาณ"
      if (c.length() <= SUB_HEADER_LENGTH && SUB_HEADER_CELL.matcher(c).matches()) headerWord = true;
      else if (!c.equals("ไม่ใช้งบประมาณ")) return false;
    }
    return headerWord;
  }

  static TableHeader of(List<List<String>> rows) {
    int dim = -1;
    int mission = -1;
    int item = -1;
    int remark = -1;
    boolean unit = false;
    List<Integer> bestYears = List.of();
    List<Integer> bestCols = List.of();
    for (List<String> row : rows) {
      List<Integer> years = new ArrayList<>();
      List<Integer> cols = new ArrayList<>();
      for (int j = 0; j < row.size(); j++) {
        String c = row.get(j);
        Matcher y = Patterns.YEAR.matcher(c);
        if (y.find()) {
          int year = ThaiText.number(y.group(1));
          if (!years.contains(year)) {
            years.add(year);
            cols.add(j);
          }
        } else if (c.contains("โครงการ") || c.contains("รายการ")) {
          if (item < 0 || c.contains("โครงการ")) item = j;
        } else if (c.contains("ภารกิจ")) {
          mission = j;
        } else if (c.startsWith("มิติ") || c.startsWith("ยุทธศาสตร์")) {
          dim = j;
        } else if (c.contains("ผู้รับผิดชอบ") || c.contains("หน่วยงาน")) {
          remark = j;
          unit = true;
        } else if (c.contains("หมายเหตุ") && remark < 0) {
          remark = j;
        }
      }
      if (years.size() > bestYears.size()) {
        bestYears = years;
        bestCols = cols;
      }
    }
    if (item < 0) item = Math.max(mission, dim) + 1;
    return new TableHeader(dim, mission, item, remark, unit, List.copyOf(bestYears), List.copyOf(bestCols));
  }

  int firstYearCol() {
    return yearCols.isEmpty() ? itemCol + 1 : yearCols.get(0);
  }
}
