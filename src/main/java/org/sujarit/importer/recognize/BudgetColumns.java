package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.text.Amounts;

/**
 * The budget cells of a Part 2 row laid on the plan's years: one cell a year, or grouped as the header
 * groups its year columns, or the one value all cells agree on; each regrouping reported.
 */
final class BudgetColumns {
  private final TableHeader header;
  private final List<Integer> periodYears;
  private final Findings findings;

  BudgetColumns(TableHeader header, List<Integer> periodYears, Findings findings) {
    this.header = header;
    this.periodYears = periodYears;
    this.findings = findings;
  }

  private List<Integer> years() {
    return header.years.isEmpty() ? periodYears : header.years;
  }

  Map<Integer, BigDecimal> empty() {
    Map<Integer, BigDecimal> m = new LinkedHashMap<>();
    for (int y : years()) m.put(y, null);
    return m;
  }

  /** The budget cells of a row laid on the years: one each, or grouped as the header groups them. */
  Map<Integer, BigDecimal> read(int line, List<String> region, boolean itemRow) {
    List<Integer> years = years();
    Map<Integer, BigDecimal> out = new LinkedHashMap<>();
    int n = years.size();
    if (n == 0) return out;
    for (String cell : region) {
      if (!cell.isEmpty() && !Amounts.isBudgetCell(cell)) {
        findings.add(line, DiagnosticCode.UNREADABLE_CELL, "อ่านค่างบประมาณ \"" + cell + "\" ไม่ได้ บันทึกเป็นค่าว่าง");
      }
    }
    if (region.size() == n) {
      for (int i = 0; i < n; i++) out.put(years.get(i), Amounts.cellValue(region.get(i)));
      return out;
    }
    List<Integer> cols = header.years.isEmpty() ? List.of() : header.yearCols;
    if (!cols.isEmpty()) {
      for (int i = 0; i < n; i++) {
        int from = cols.get(i) - cols.get(0);
        int to = i + 1 < n ? cols.get(i + 1) - cols.get(0) : region.size();
        out.put(years.get(i), firstValue(region, from, to));
      }
    } else if (region.size() % n == 0) {
      int w = region.size() / n;
      for (int i = 0; i < n; i++) out.put(years.get(i), firstValue(region, i * w, (i + 1) * w));
    } else {
      BigDecimal same = sameValue(region);
      for (int y : years) out.put(y, same);
      if (same == null) {
        findings.add(line, DiagnosticCode.UNREADABLE_CELL, "จำนวนช่องงบประมาณ (" + region.size() + ") ไม่ตรงกับจำนวนปี (" + n + ") และค่าไม่เท่ากัน จึงอ่านงบประมาณรายปีไม่ได้");
        return out;
      }
    }
    if (itemRow) {
      findings.add(line, DiagnosticCode.ROW_REPAIRED, "มีช่องงบประมาณ " + region.size() + " ช่องสำหรับ " + n + " ปี: จัดค่าลงปีตามหัวตาราง");
    }
    return out;
  }

  private static BigDecimal firstValue(List<String> region, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, region.size()); k++) {
      BigDecimal v = Amounts.cellValue(region.get(k));
      if (v != null) return v;
    }
    return null;
  }

  private static BigDecimal sameValue(List<String> region) {
    BigDecimal same = null;
    for (String c : region) {
      BigDecimal v = Amounts.cellValue(c);
      if (v == null) continue;
      if (same != null && same.compareTo(v) != 0) return null;
      same = v;
    }
    return same;
  }

  /** Several items in one cell share its budget cells: "no budget" holds for each, an amount cannot be split. */
  Map<Integer, BigDecimal> shared(int line, int count, Map<Integer, BigDecimal> budget) {
    boolean money = budget.values().stream().anyMatch(v -> v != null && v.signum() != 0);
    if (!money) {
      findings.add(line, DiagnosticCode.SHARED_BUDGET_CELL, count + " รายการอยู่ในช่องเดียวกันและใช้ช่องงบประมาณร่วมกัน (ไม่ใช้งบประมาณ): บันทึก 0 ให้ทุกรายการ");
      return budget;
    }
    findings.add(line, DiagnosticCode.SHARED_BUDGET_CELL, "WARNING", count + " รายการอยู่ในช่องเดียวกันแต่มีงบประมาณรวมช่องเดียว แบ่งไม่ได้: ใช้งบประมาณจากส่วนที่ 3 ถ้ามี");
    Map<Integer, BigDecimal> unknown = new LinkedHashMap<>();
    budget.keySet().forEach(y -> unknown.put(y, null));
    return unknown;
  }
}
