package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
  /** An item that carries its own number: "(1) …", "๑) …", "3.1 …", "1. …". */
  private static final Pattern ITEM_MARK = Pattern.compile("^(?:\\(\\s*[0-9๐-๙]{1,2}(?:\\.[0-9๐-๙]{1,2})?\\s*\\)|[0-9๐-๙]{1,2}\\s*\\)|[0-9๐-๙]{1,2}(?:\\.[0-9๐-๙]{1,2})?\\s*\\.?\\s)");

  private PartOne() {}

  static Section of(Context c) {
    Flow f = c.flow().heading(1, "ส่วนที่ 1\nบทนำ", FrontMatter.PART_TITLE_SIZE, Align.CENTER, 0, "part1", "ส่วนที่ 1 บทนำ");
    PlanInterchange.Introduction intro = c.plan().introduction();
    section(f, 1, intro, "risk", "การประเมินความเสี่ยงการทุจริตในองค์กร");
    String riskText = intro == null ? null : intro.riskText();
    for (String p : paragraphs(riskText)) {
      f.paragraph(p, TextStyle.BODY);
      stepTable(c, f, p);
    }
    riskAssessment(c, f, riskText == null || riskText.isBlank());
    section(f, 2, intro, "rationale", "หลักการและเหตุผล");
    List<String> rationale = paragraphs(intro == null ? null : intro.rationale());
    (rationale.isEmpty() ? c.fill(StandardTexts.RATIONALE) : rationale).forEach(p -> f.paragraph(p, TextStyle.BODY));
    section(f, 3, intro, "objectives", "วัตถุประสงค์ของการจัดทำแผน");
    items(f, intro == null ? null : intro.objectives(), c.fill(StandardTexts.OBJECTIVES));
    section(f, 4, intro, "goals", "เป้าหมาย");
    goals(c, f, intro == null ? List.of() : intro.goals());
    section(f, 5, intro, "benefits", "ประโยชน์ของการจัดทำแผน");
    items(f, intro == null ? null : intro.benefits(), c.fill(StandardTexts.BENEFITS));
    return new Section(PageSetup.PORTRAIT, PageNumbers.FROM_ONE, f.blocks());
  }

  /** Paragraphs of a text, one per line or blank-line-separated block. */
  static List<String> paragraphs(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s*\\n\\s*\\n?\\s*"));
  }

  /**
   * The plan's items as written when they carry their own numbers ("(1) …", "3.1 …"), numbered "(1)"
   * when they do not, and the standard items when the plan has none.
   */
  static void items(Flow f, List<String> given, List<String> standard) {
    if (given == null || given.isEmpty()) {
      f.numbered(standard, "(%d)");
    } else if (given.stream().anyMatch(i -> ITEM_MARK.matcher(i).lookingAt())) {
      given.forEach(i -> f.paragraph(i, TextStyle.LIST_ITEM));
    } else {
      f.numbered(given, "(%d)");
    }
  }

  /** A number such as "5.", "๔." or "(1)" before a heading's words. */
  private static final Pattern HEADING_NUMBER = Pattern.compile("^\\(?\\s*[0-9๐-๙]{1,2}\\s*[.)]?\\s*\\)?\\s*");

  /** The section's heading in the words of the plan's own document where it has them, numbered in this document's order. */
  private static void section(Flow f, int no, PlanInterchange.Introduction intro, String key, String standard) {
    String own = intro == null ? null : intro.headings().get(key);
    String words = own == null ? "" : HEADING_NUMBER.matcher(own.strip()).replaceFirst("").strip();
    f.heading(2, no + ". " + (words.isEmpty() ? standard : words), TextStyle.BODY_SIZE, Align.LEFT, 12, "part1_" + no);
  }

  /** The risk table; {@code standardIntro}: the standard sentence before it, where the plan has no text of its own. */
  private static void riskAssessment(Context c, Flow f, boolean standardIntro) {
    PlanInterchange.RiskAssessment ra = c.plan().riskAssessment();
    if (ra == null || ra.risks() == null || ra.risks().isEmpty()) {
      if (standardIntro) f.paragraph(c.fill(StandardTexts.NO_RISK_ASSESSMENT), TextStyle.BODY);
      return;
    }
    if (standardIntro) f.paragraph(c.fill(StandardTexts.RISK_INTRO), TextStyle.BODY);
    float w = PageSetup.PORTRAIT.textWidth();
    List<Column> columns = List.of(new Column(44, Align.CENTER), new Column(w * 0.2f, Align.LEFT),
        new Column(w * 0.3f, Align.LEFT), new Column(64, Align.CENTER), new Column(w * 0.5f - 108, Align.LEFT));
    List<Row> rows = new ArrayList<>();
    rows.add(headerRow(c, "ลำดับที่", "กระบวนงาน", "ประเด็นความเสี่ยงการทุจริต", "ระดับความเสี่ยง", "มาตรการควบคุมความเสี่ยงการทุจริต"));
    int no = 0;
    for (PlanInterchange.Risk r : ra.risks()) {
      rows.add(new Row(RowKind.BODY, List.of(cell(c, Integer.toString(++no)), cell(c, r.process()), cell(c, r.risk()),
          cell(c, riskLevel(r.level())), cell(c, measures(r)))));
    }
    f.add(new Table(columns, 1, rows, TABLE_FONT));
  }

  /** A caption of the nine-step form's tables: "ตารางที่ 2 ตารางแสดงสถานะความเสี่ยง …". */
  private static final Pattern STEP_CAPTION = Pattern.compile("^ตารางที่\\s*([0-9๐-๙])\\s+\\S.*");
  private static final List<String> LIGHTS = List.of("เขียว", "เหลือง", "ส้ม", "แดง");

  /**
   * Under the captions of a nine-step assessment's text, the tables its risks give: step 2, each risk's
   * traffic light; step 5, each risk's measures. The other steps' scores are not in the plan: their
   * captions stand as the source wrote them.
   */
  private static void stepTable(Context c, Flow f, String paragraph) {
    PlanInterchange.RiskAssessment ra = c.plan().riskAssessment();
    java.util.regex.Matcher m = STEP_CAPTION.matcher(paragraph.strip());
    if (ra == null || ra.risks() == null || ra.risks().isEmpty() || !"NACC_9_STEP".equals(ra.format()) || !m.matches()) return;
    int step = Integer.parseInt(org.sujarit.common.ThaiDigits.toArabic(m.group(1)));
    float w = PageSetup.PORTRAIT.textWidth();
    List<Row> rows = new ArrayList<>();
    List<Column> columns;
    if (step == 2) {
      columns = new ArrayList<>(List.of(new Column(36, Align.CENTER), new Column(w - 36 - 4 * 56, Align.LEFT)));
      LIGHTS.forEach(l -> columns.add(new Column(56, Align.CENTER)));
      List<String> head = new ArrayList<>(List.of("ที่", "โอกาส/ความเสี่ยงการทุจริต"));
      head.addAll(LIGHTS);
      rows.add(headerRow(c, head.toArray(String[]::new)));
      int no = 0;
      for (PlanInterchange.Risk r : ra.risks()) {
        int light = light(r.level());
        List<Cell> cells = new ArrayList<>(List.of(cell(c, Integer.toString(++no)), cell(c, r.risk())));
        for (int i = 0; i < LIGHTS.size(); i++) cells.add(Cell.text(i == light ? "/" : "")); // the mark Thai forms use; the font has no ✓
        rows.add(new Row(RowKind.BODY, cells));
      }
    } else if (step == 5) {
      columns = List.of(new Column(36, Align.CENTER), new Column((w - 36) * 0.45f, Align.LEFT), new Column((w - 36) * 0.55f, Align.LEFT));
      rows.add(headerRow(c, "ที่", "โอกาส/ความเสี่ยงการทุจริต", "มาตรการป้องกันความเสี่ยง"));
      int no = 0;
      for (PlanInterchange.Risk r : ra.risks()) {
        rows.add(new Row(RowKind.BODY, List.of(cell(c, Integer.toString(++no)), cell(c, r.risk()), cell(c, measures(r)))));
      }
    } else {
      return;
    }
    f.add(new Table(List.copyOf(columns), 1, rows, TABLE_FONT));
  }

  /** The traffic light of a level (0 green … 3 red), or -1 when it names none. */
  private static int light(String level) {
    if (level == null) return -1;
    return switch (level.strip().toUpperCase()) {
      case "GREEN", "LOW", "ต่ำ" -> 0;
      case "YELLOW", "MEDIUM", "ปานกลาง" -> 1;
      case "ORANGE", "HIGH", "สูง" -> 2;
      case "RED", "VERY_HIGH", "สูงมาก" -> 3;
      default -> -1;
    };
  }

  /** A risk's controls, numbered "1) …" when there are several. */
  private static String measures(PlanInterchange.Risk r) {
    List<String> controls = r.controls() == null ? List.of() : r.controls();
    StringBuilder measures = new StringBuilder();
    for (int i = 0; i < controls.size(); i++) {
      if (i > 0) measures.append('\n');
      measures.append(controls.size() == 1 ? controls.get(i) : (i + 1) + ") " + controls.get(i));
    }
    return measures.toString();
  }

  /**
   * The goals in the plan's words, then its targets as a table with a column per year (left out where
   * the words are all there is: targets read from the sentences hold at most one year each); the
   * standard goals when the plan gives neither.
   */
  private static void goals(Context c, Flow f, List<String> narrative) {
    boolean yearly = c.plan().targets().stream().anyMatch(t -> t.values() != null && t.values().size() > 1);
    if (!narrative.isEmpty()) {
      items(f, narrative, List.of());
      if (!yearly) return;
    } else if (c.plan().targets().isEmpty()) {
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
    if (narrative.isEmpty()) f.paragraph("เป้าหมายของแผนปฏิบัติการ ดังนี้", TextStyle.BODY);
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

}
