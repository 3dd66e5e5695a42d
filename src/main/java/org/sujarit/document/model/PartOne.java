package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sujarit.common.FiscalYear;
import org.sujarit.document.layout.Section.PageNumbers;
import org.sujarit.document.layout.Table.Cell;
import org.sujarit.document.layout.Table.Column;
import org.sujarit.document.layout.Table.Row;
import org.sujarit.document.layout.Table.RowKind;
import org.sujarit.interchange.PlanInterchange;

/** Part 1, introduction: risk assessment, rationale, objectives, goals and benefits. */
final class PartOne {
  private static final float TABLE_FONT = 14;

  private PartOne() {}

  static Section of(Context c) {
    Flow f = c.flow().heading(1, "ส่วนที่ 1\nบทนำ", FrontMatter.PART_TITLE_SIZE, Align.CENTER, 0, "part1", "ส่วนที่ 1 บทนำ");
    section(f, 1, "การประเมินความเสี่ยงการทุจริตในองค์กร");
    riskAssessment(c, f);
    PlanInterchange.Introduction intro = c.plan().introduction();
    section(f, 2, "หลักการและเหตุผล");
    String rationale = intro == null ? null : intro.rationale();
    List<String> paragraphs = rationale == null || rationale.isBlank()
        ? c.fill(StandardTexts.RATIONALE) : List.of(rationale.strip().split("\\s*\\n\\s*\\n?\\s*"));
    paragraphs.forEach(p -> f.paragraph(p, TextStyle.BODY));
    section(f, 3, "วัตถุประสงค์ของการจัดทำแผน");
    f.numbered(orStandard(intro == null ? null : intro.objectives(), c.fill(StandardTexts.OBJECTIVES)), "(%d)");
    section(f, 4, "เป้าหมาย");
    goals(c, f);
    section(f, 5, "ประโยชน์ของการจัดทำแผน");
    f.numbered(orStandard(intro == null ? null : intro.benefits(), c.fill(StandardTexts.BENEFITS)), "(%d)");
    return new Section(PageSetup.PORTRAIT, PageNumbers.FROM_ONE, f.blocks());
  }

  private static void section(Flow f, int no, String title) {
    f.heading(2, no + ". " + title, TextStyle.BODY_SIZE, Align.LEFT, 12, "part1_" + no);
  }

  private static void riskAssessment(Context c, Flow f) {
    PlanInterchange.RiskAssessment ra = c.plan().riskAssessment();
    if (ra == null || ra.risks() == null || ra.risks().isEmpty()) {
      f.paragraph(c.fill(StandardTexts.NO_RISK_ASSESSMENT), TextStyle.BODY);
      return;
    }
    f.paragraph(c.fill(StandardTexts.RISK_INTRO), TextStyle.BODY);
    float w = PageSetup.PORTRAIT.textWidth();
    List<Column> columns = List.of(new Column(44, Align.CENTER), new Column(w * 0.2f, Align.LEFT),
        new Column(w * 0.3f, Align.LEFT), new Column(64, Align.CENTER), new Column(w * 0.5f - 108, Align.LEFT));
    List<Row> rows = new ArrayList<>();
    rows.add(headerRow(c, "ลำดับที่", "กระบวนงาน", "ประเด็นความเสี่ยงการทุจริต", "ระดับความเสี่ยง", "มาตรการควบคุมความเสี่ยงการทุจริต"));
    int no = 0;
    for (PlanInterchange.Risk r : ra.risks()) {
      List<String> controls = r.controls() == null ? List.of() : r.controls();
      StringBuilder measures = new StringBuilder();
      for (int i = 0; i < controls.size(); i++) {
        if (i > 0) measures.append('\n');
        measures.append(controls.size() == 1 ? controls.get(i) : (i + 1) + ") " + controls.get(i));
      }
      rows.add(new Row(RowKind.BODY, List.of(cell(c, Integer.toString(++no)), cell(c, r.process()), cell(c, r.risk()),
          cell(c, riskLevel(r.level())), cell(c, measures.toString()))));
    }
    f.add(new Table(columns, 1, rows, TABLE_FONT));
  }

  /** Targets as a table with a column per year; the standard goals when the plan gives none. */
  private static void goals(Context c, Flow f) {
    if (c.plan().targets().isEmpty()) {
      f.numbered(c.fill(StandardTexts.GOALS), "(%d)");
      return;
    }
    List<FiscalYear> years = c.table().period().years();
    float yearWidth = 62;
    List<Column> columns = new ArrayList<>(List.of(new Column(PageSetup.PORTRAIT.textWidth() - yearWidth * years.size(), Align.LEFT)));
    years.forEach(y -> columns.add(new Column(yearWidth, Align.CENTER)));
    List<String> head = new ArrayList<>(List.of("ค่าเป้าหมาย"));
    years.forEach(y -> head.add("ปี " + y.value()));
    List<Row> rows = new ArrayList<>(List.of(headerRow(c, head.toArray(String[]::new))));
    for (PlanInterchange.Target t : c.plan().targets()) {
      List<Cell> cells = new ArrayList<>(List.of(cell(c, t.name())));
      Map<Integer, BigDecimal> values = t.values() == null ? Map.of() : t.values();
      years.forEach(y -> cells.add(cell(c, targetValue(values.get(y.value()), t.unit()))));
      rows.add(new Row(RowKind.BODY, cells));
    }
    f.paragraph("เป้าหมายของแผนปฏิบัติการ ดังนี้", TextStyle.BODY);
    f.add(new Table(List.copyOf(columns), 1, rows, TABLE_FONT));
  }

  static String targetValue(BigDecimal value, String unit) {
    if (value == null) return "-";
    String n = value.stripTrailingZeros().toPlainString();
    return switch (unit == null ? "" : unit) {
      case "percent" -> "ร้อยละ " + n;
      case "score" -> n + " คะแนน";
      case "person" -> n + " คน";
      case "time" -> n + " ครั้ง";
      default -> n;
    };
  }

  private static String riskLevel(String level) {
    if (level == null) return "-";
    return switch (level.strip().toUpperCase()) {
      case "LOW" -> "ต่ำ";
      case "MEDIUM" -> "ปานกลาง";
      case "HIGH" -> "สูง";
      case "VERY_HIGH" -> "สูงมาก";
      case "GREEN" -> "ต่ำ\n(สีเขียว)";
      case "YELLOW" -> "ปานกลาง\n(สีเหลือง)";
      case "ORANGE" -> "สูง\n(สีส้ม)";
      case "RED" -> "สูงมาก\n(สีแดง)";
      default -> level.strip();
    };
  }

  private static Row headerRow(Context c, String... titles) {
    List<Cell> cells = new ArrayList<>();
    for (String t : titles) cells.add(new Cell(c.wording().digits(t), 1, 1, Align.CENTER, true, 0, null));
    return new Row(RowKind.HEADER, cells);
  }

  private static Cell cell(Context c, String text) {
    return Cell.text(c.wording().digits(text == null || text.isBlank() ? "-" : text.strip()));
  }

  private static List<String> orStandard(List<String> given, List<String> standard) {
    return given == null || given.isEmpty() ? standard : given;
  }
}
