package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sujarit.common.Baht;
import org.sujarit.common.BahtInText;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDigits;
import org.sujarit.document.layout.Section.PageNumbers;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.interchange.PlanInterchange.Details;

/**
 * Part 3, one detail sheet per item that has one, each on its own page. A sheet imported from a
 * document is printed as that document wrote it: its heading, its own sections in their order with
 * their numbers, headings and nested lists. Any other sheet gets the standard numbered sections, of
 * which the area is left out when the sheet names none; there the budget figures come from Part 2, so
 * the sheet and the table never disagree.
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
    if (!d.sections().isEmpty()) {
      asWritten(c, f, item);
      return;
    }
    f.heading(3, "ลำดับที่ " + item.number(), TextStyle.BODY_SIZE, Align.LEFT, 8, "item_" + item.number(),
        item.number() + ") " + item.name());
    f.paragraph("1. ชื่อโครงการ : ", item.name(), TextStyle.FIELD);
    int no = 1;
    label(f, ++no, "หลักการและเหตุผล");
    paragraphs(f, d.principle(), TextStyle.BODY);
    label(f, ++no, "วัตถุประสงค์");
    list(f, d.objectives());
    label(f, ++no, "เป้าหมาย/ผลผลิต");
    if (present(d.targetGroup())) f.paragraph(d.targetGroup().strip(), TextStyle.INDENTED);
    if (d.outputs() != null && !d.outputs().isEmpty()) list(f, d.outputs());
    else if (!present(d.targetGroup())) f.paragraph("-", TextStyle.INDENTED);
    if (present(d.area())) {
      label(f, ++no, "พื้นที่ดำเนินการ");
      f.paragraph(d.area().strip(), TextStyle.INDENTED);
    }
    label(f, ++no, "วิธีดำเนินการ");
    list(f, d.method());
    label(f, ++no, "ระยะเวลาดำเนินการ");
    f.paragraph(present(d.duration()) ? d.duration().strip() : "ปีงบประมาณ พ.ศ. " + c.wording().period(statedYears(c, item)),
        TextStyle.INDENTED);
    label(f, ++no, "งบประมาณดำเนินการ");
    budget(c, f, item);
    label(f, ++no, "ผู้รับผิดชอบโครงการ");
    f.paragraph(present(d.responsibleText()) ? d.responsibleText().strip()
        : present(item.responsible()) ? item.responsible().strip() : "-", TextStyle.INDENTED);
    label(f, ++no, "ตัวชี้วัด/ผลลัพธ์");
    List<String> indicators = new ArrayList<>(d.indicators() == null ? List.of() : d.indicators());
    List<String> printed = new ArrayList<>(indicators);
    if (d.outputs() != null) printed.addAll(d.outputs());
    if (d.outcomes() != null) printed.addAll(d.outcomes());
    if (d.indicatorTargets() != null) {
      // a target read from a line already printed is not printed again; its figure is added only where the words lack it
      d.indicatorTargets().stream().filter(t -> t != null && present(t.indicator()) && !printed.contains(t.indicator().strip()))
          .map(t -> t.indicator().strip() + (t.target() == null || statesTarget(t) ? ""
              : " (ค่าเป้าหมาย: " + PartOne.targetValue(t.target(), t.unit()) + ")"))
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

  /** The indicator's words state its figure ("ไม่น้อยกว่าร้อยละ 80"). */
  private static boolean statesTarget(PlanInterchange.IndicatorTarget t) {
    return ThaiDigits.toArabic(t.indicator()).contains(t.target().stripTrailingZeros().toPlainString());
  }

  /**
   * The sheet as the document wrote it: its own heading line (a sub-mission, or the item's code and
   * name), else the name section, as the sheet's heading; then every section with its number and
   * heading as printed and its lines at their list levels. Nothing is added.
   */
  private static void asWritten(Context c, Flow f, PlanTable.Item item) {
    Details d = item.details();
    String anchor = "item_" + item.number();
    String bookmark = item.number() + ") " + item.name();
    boolean headed = present(d.heading()) || d.sections().stream().noneMatch(s -> "name".equals(s.kind()));
    if (headed) f.heading(3, present(d.heading()) ? d.heading().strip() : item.name(), TextStyle.BODY_SIZE, Align.LEFT, 8, anchor, bookmark);
    for (PlanInterchange.SheetSection s : d.sections()) {
      String title = (s.no() == null ? "" : s.no() + " ") + (s.heading() == null ? "" : s.heading().strip());
      if (!headed && "name".equals(s.kind())) {
        f.heading(3, title.strip(), TextStyle.BODY_SIZE, Align.LEFT, 8, anchor, bookmark);
        headed = true;
      } else {
        f.paragraph(title.strip(), s.no() == null ? TextStyle.SUBLABEL : TextStyle.LABEL);
      }
      boolean figuresPrinted = false;
      for (PlanInterchange.SheetLine l : s.lines()) {
        if (!present(l.text())) continue;
        if ("budget".equals(s.kind()) && l.level() == 0 && statesBudget(l.text()) && !agrees(l.text(), item)) {
          // the Part 2 figures are the one source: a figure the plan no longer has gives way to them, once
          // in the digits of the line they replace, so that a sheet written in Thai digits keeps them
          boolean thai = !ThaiDigits.toArabic(l.text()).equals(l.text());
          if (!figuresPrinted) figureLines(c, item).forEach(t -> f.paragraph(thai ? ThaiDigits.toThai(t) : t, TextStyle.INDENTED));
          figuresPrinted = true;
          continue;
        }
        TextStyle style = switch (l.level()) {
          case 0 -> "principle".equals(s.kind()) ? TextStyle.BODY : TextStyle.INDENTED;
          case 1 -> TextStyle.LIST_ITEM;
          default -> TextStyle.SUB_ITEM;
        };
        f.paragraph(l.text().strip(), style);
      }
    }
  }

  /** An amount in baht ("5,000 บาท", "๑๐,๐๐๐ บาท") or the words for none ("ไม่ใช้งบประมาณ"). */
  private static boolean statesBudget(String line) {
    return !BahtInText.amounts(line).isEmpty() || BahtInText.saysNone(line);
  }

  /**
   * The line states what Part 2 has now: "ไม่ใช้งบประมาณ" for an item funded in no year, else every
   * amount it names is a yearly figure of the item or its total, and each different yearly figure is named.
   */
  private static boolean agrees(String line, PlanTable.Item item) {
    Map<FiscalYear, Baht> funded = item.budget().funded();
    List<BigDecimal> stated = BahtInText.amounts(line);
    if (stated.isEmpty()) return funded.isEmpty();
    if (funded.isEmpty()) return stated.stream().allMatch(a -> a.signum() == 0);
    List<BigDecimal> yearly = funded.values().stream().map(Baht::amount).distinct().toList();
    List<BigDecimal> current = new ArrayList<>(yearly);
    current.add(item.budget().total().amount());
    boolean known = stated.stream().allMatch(a -> current.stream().anyMatch(x -> x.compareTo(a) == 0));
    // years of different amounts: the line must name each of them, not one year's figure for all
    return known && (yearly.size() == 1 || yearly.stream().allMatch(y -> stated.stream().anyMatch(a -> a.compareTo(y) == 0)));
  }

  /**
   * "งบประมาณปีละ 10,000 บาท (หนึ่งหมื่นบาทถ้วน)…" from the Part 2 figures, the cost breakdown when
   * given, and the plan's own budget text only where no year is funded ("ไม่ใช้งบประมาณ").
   */
  private static void budget(Context c, Flow f, PlanTable.Item item) {
    Details d = item.details();
    if (item.budget().funded().isEmpty()) {
      f.paragraph(present(d.budgetText()) ? d.budgetText().strip() : "ไม่ใช้งบประมาณ", TextStyle.INDENTED);
    } else {
      figures(c, f, item);
    }
    costs(f, d);
  }

  /** The Part 2 figures in words: yearly, or "ปีละ …" when every year has the same; "ไม่ใช้งบประมาณ" for none. */
  private static void figures(Context c, Flow f, PlanTable.Item item) {
    figureLines(c, item).forEach(l -> f.paragraph(l, TextStyle.INDENTED));
  }

  private static List<String> figureLines(Context c, PlanTable.Item item) {
    Wording w = c.wording();
    Map<FiscalYear, Baht> funded = item.budget().funded();
    List<String> out = new ArrayList<>();
    if (funded.isEmpty()) {
      out.add("ไม่ใช้งบประมาณ");
    } else if (funded.size() > 1 && funded.size() == c.table().period().length() && funded.values().stream().distinct().count() == 1) {
      Baht each = funded.values().iterator().next();
      out.add("งบประมาณปีละ " + w.baht(each) + " ในปีงบประมาณ พ.ศ. " + c.period() + " รวมทั้งสิ้น " + w.baht(item.budget().total()));
    } else {
      funded.forEach((y, b) -> out.add("ปีงบประมาณ พ.ศ. " + y.value() + " งบประมาณ " + w.baht(b)));
      if (funded.size() > 1) out.add("รวมทั้งสิ้น " + w.baht(item.budget().total()));
    }
    return out;
  }

  private static void costs(Flow f, Details d) {
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
