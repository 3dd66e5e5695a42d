package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;

/** Compares the counts and totals a plan states with those of its items. */
final class TotalsCheck {
  private TotalsCheck() {}

  static void check(List<TableItem> items, PlanTable table, Integer statedCount, Findings findings) {
    for (Subtotal s : table.subtotals()) {
      List<TableItem> scope = s.grand ? items : items.stream().filter(i -> s.dimension != null && s.dimension.equals(i.dimension)).toList();
      String what = s.grand ? "รวมทั้งสิ้น" : "มิติที่ " + s.dimension;
      Integer count = s.grand ? statedCount : s.count;
      if (count != null && count != scope.size()) {
        findings.add(s.line, DiagnosticCode.STATED_COUNT_MISMATCH, what + " ระบุจำนวน " + count + " รายการ แต่พบ " + scope.size() + " รายการ");
      }
      if (s.totals == null) continue;
      List<String> wrong = new ArrayList<>();
      for (Map.Entry<Integer, BigDecimal> e : s.totals.entrySet()) {
        if (e.getValue() == null) continue;
        BigDecimal sum = BigDecimal.ZERO;
        for (TableItem i : scope) {
          BigDecimal v = i.budget == null ? null : i.budget.get(e.getKey());
          if (v != null) sum = sum.add(v);
        }
        if (sum.compareTo(e.getValue()) != 0) wrong.add("ปี " + e.getKey() + " ระบุ " + plain(e.getValue()) + " บาท ผลรวมได้ " + plain(sum) + " บาท");
      }
      if (!wrong.isEmpty()) findings.add(s.line, DiagnosticCode.STATED_TOTAL_MISMATCH, "ยอดรวม" + what + "ไม่ตรงกับผลรวมของรายการ: " + String.join("; ", wrong));
    }
    if (table.grandTotal() == null && statedCount != null && statedCount != items.size()) {
      findings.add(0, DiagnosticCode.STATED_COUNT_MISMATCH, "เอกสารระบุว่ามีทั้งสิ้น " + statedCount + " โครงการ แต่พบ " + items.size() + " รายการ");
    }
  }

  private static String plain(BigDecimal v) {
    return String.format("%,.0f", v);
  }
}
