package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.document.layout.Section.PageNumbers;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.interchange.PlanInterchange.Details;

/**
 * Part 3, one detail sheet per item that has one, each on its own page with the ten numbered
 * sections. Budget figures come from Part 2, so the sheet and the table never disagree.
 */
final class PartThree {
  private PartThree() {}

  /** Empty when no item has a detail sheet. */
  static Optional<Section> of(Context c) {
    if (c.table().items().stream().noneMatch(i -> i.details() != null)) return Optional.empty();
    Flow f = c.flow().heading(1, "ส่วนที่ 3\nรายละเอียดโครงการ/กิจกรรม/มาตรการ", FrontMatter.PART_TITLE_SIZE, Align.CENTER, 240,
        "part3", "ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ");
    for (PlanTable.Dimension d : c.table().dimensions()) {
      boolean dimensionShown = false;
      for (PlanTable.Mission m : d.missions()) {
        boolean missionShown = false;
        for (PlanTable.Item item : m.items()) {
          if (item.details() == null) continue;
          f.pageBreak();
          if (!dimensionShown) {
            f.heading(2, "มิติที่ " + d.no() + " " + d.name(), TextStyle.BODY_SIZE, Align.LEFT, 0, "part3_d" + d.no());
            dimensionShown = true;
          }
          if (!missionShown) {
            f.paragraph((m.code() + " " + m.name()).strip(), TextStyle.LABEL);
            missionShown = true;
          }
          sheet(c, f, item);
        }
      }
    }
    return Optional.of(new Section(PageSetup.PORTRAIT, PageNumbers.CONTINUED, f.blocks()));
  }

  private static void sheet(Context c, Flow f, PlanTable.Item item) {
    Details d = item.details();
    f.heading(3, "ลำดับที่ " + item.number(), TextStyle.BODY_SIZE, Align.LEFT, 8, "item_" + item.number(),
        item.number() + ") " + item.name());
    f.paragraph("1. ชื่อโครงการ : ", item.name(), TextStyle.FIELD);
    label(f, 2, "หลักการและเหตุผล");
    paragraphs(f, d.principle(), TextStyle.BODY);
    label(f, 3, "วัตถุประสงค์");
    list(f, d.objectives());
    label(f, 4, "เป้าหมาย/ผลผลิต");
    if (present(d.targetGroup())) f.paragraph(d.targetGroup().strip(), TextStyle.INDENTED);
    if (d.outputs() != null && !d.outputs().isEmpty()) list(f, d.outputs());
    else if (!present(d.targetGroup())) f.paragraph("-", TextStyle.INDENTED);
    label(f, 5, "พื้นที่ดำเนินการ");
    f.paragraph(present(d.area()) ? d.area().strip() : c.organization(), TextStyle.INDENTED);
    label(f, 6, "วิธีดำเนินการ");
    list(f, d.method());
    label(f, 7, "ระยะเวลาดำเนินการ");
    f.paragraph(present(d.duration()) ? d.duration().strip() : "ปีงบประมาณ พ.ศ. " + c.wording().period(statedYears(c, item)),
        TextStyle.INDENTED);
    label(f, 8, "งบประมาณดำเนินการ");
    budget(c, f, item);
    label(f, 9, "ผู้รับผิดชอบโครงการ");
    f.paragraph(present(d.responsibleText()) ? d.responsibleText().strip()
        : present(item.responsible()) ? item.responsible().strip() : "-", TextStyle.INDENTED);
    label(f, 10, "ตัวชี้วัด/ผลลัพธ์");
    List<String> indicators = new ArrayList<>(d.indicators() == null ? List.of() : d.indicators());
    if (d.indicatorTargets() != null) {
      d.indicatorTargets().stream().filter(t -> t != null && present(t.indicator()))
          .map(t -> t.indicator().strip() + (t.target() == null ? "" : " (ค่าเป้าหมาย: " + PartOne.targetValue(t.target(), t.unit()) + ")"))
          .forEach(indicators::add);
    }
    if (!indicators.isEmpty() || d.outcomes() == null || d.outcomes().isEmpty()) {
      f.paragraph("ตัวชี้วัด", TextStyle.SUBLABEL);
      list(f, indicators);
    }
    if (d.outcomes() != null && !d.outcomes().isEmpty()) {
      f.paragraph("ผลลัพธ์", TextStyle.SUBLABEL);
      list(f, d.outcomes());
    }
  }

  /**
   * "งบประมาณปีละ 10,000 บาท (หนึ่งหมื่นบาทถ้วน)…" from the Part 2 figures, the cost breakdown when
   * given, and the plan's own budget text only where no year is funded ("ไม่ใช้งบประมาณ").
   */
  private static void budget(Context c, Flow f, PlanTable.Item item) {
    Wording w = c.wording();
    Map<FiscalYear, Baht> funded = item.budget().funded();
    Details d = item.details();
    if (funded.isEmpty()) {
      f.paragraph(present(d.budgetText()) ? d.budgetText().strip() : "ไม่ใช้งบประมาณ", TextStyle.INDENTED);
    } else if (funded.size() > 1 && funded.size() == c.table().period().length() && funded.values().stream().distinct().count() == 1) {
      Baht each = funded.values().iterator().next();
      f.paragraph("งบประมาณปีละ " + w.baht(each) + " ในปีงบประมาณ พ.ศ. " + c.period() + " รวมทั้งสิ้น "
          + w.baht(item.budget().total()), TextStyle.INDENTED);
    } else {
      funded.forEach((y, b) -> f.paragraph("ปีงบประมาณ พ.ศ. " + y.value() + " งบประมาณ " + w.baht(b), TextStyle.INDENTED));
      if (funded.size() > 1) f.paragraph("รวมทั้งสิ้น " + w.baht(item.budget().total()), TextStyle.INDENTED);
    }
    List<PlanInterchange.CostLine> costs = d.costLines() == null ? List.of()
        : d.costLines().stream().filter(l -> l != null && present(l.description())).toList();
    if (!costs.isEmpty()) {
      f.paragraph("รายละเอียดค่าใช้จ่าย", TextStyle.SUBLABEL);
      for (int i = 0; i < costs.size(); i++) {
        PlanInterchange.CostLine l = costs.get(i);
        String amount = l.amount() == null ? "" : " จำนวน " + Amounts.rounded(l.amount()).format() + " บาท";
        f.paragraph("(" + (i + 1) + ") " + l.description().strip() + amount, TextStyle.LIST_ITEM);
      }
    }
  }

  /** The years the item's budget states, else the plan's period. */
  private static FiscalPeriod statedYears(Context c, PlanTable.Item item) {
    List<FiscalYear> stated = c.table().period().years().stream().filter(item.budget()::states).toList();
    return stated.isEmpty() ? c.table().period() : new FiscalPeriod(stated.get(0), stated.get(stated.size() - 1));
  }

  private static void label(Flow f, int no, String title) {
    f.paragraph(no + ". " + title, TextStyle.LABEL);
  }

  private static void paragraphs(Flow f, String text, TextStyle style) {
    if (!present(text)) {
      f.paragraph("-", TextStyle.INDENTED);
      return;
    }
    for (String p : text.strip().split("\\s*\\n\\s*")) f.paragraph(p, style);
  }

  private static void list(Flow f, List<String> items) {
    List<String> given = items == null ? List.of() : items.stream().filter(PartThree::present).map(String::strip).toList();
    if (given.isEmpty()) f.paragraph("-", TextStyle.INDENTED);
    else f.numbered(given, "(%d)");
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
