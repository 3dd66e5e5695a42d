package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sujarit.common.FiscalYear;
import org.sujarit.document.layout.Section.PageNumbers;
import org.sujarit.document.layout.Table.Cell;
import org.sujarit.document.layout.Table.Column;
import org.sujarit.document.layout.Table.Row;
import org.sujarit.document.layout.Table.RowKind;
import org.sujarit.interchange.NineStepTable;
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
    riskText(c, f, intro == null ? null : intro.riskText());
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

  /** A caption, as the body's paragraphs but kept with its table. */
  private static final TextStyle CAPTION = new TextStyle(TextStyle.BODY_SIZE, false, Align.JUSTIFY, 0, TextStyle.BODY.firstLineIndent(), 0, true);
  private static final List<String> LIGHTS = List.of("เขียว", "เหลือง", "ส้ม", "แดง");
  /** Captions of the tables printed for an assessment made in Sujarit, whose text has none of its own. */
  private static final List<Map.Entry<NineStepTable, String>> STANDARD_CAPTIONS = List.of(
      Map.entry(NineStepTable.IDENTIFICATION, "ตารางที่ 1 ตารางระบุความเสี่ยง (Known Factor และ Unknown Factor)"),
      Map.entry(NineStepTable.STATUS, "ตารางที่ 2 ตารางแสดงสถานะความเสี่ยง (แยกตามรายสีไฟจราจร)"),
      Map.entry(NineStepTable.SCORE, "ตารางที่ 3 ตารางแสดงค่าความเสี่ยงรวม (ระดับความจำเป็นของการเฝ้าระวัง × ระดับความรุนแรงของผลกระทบ)"),
      Map.entry(NineStepTable.CONTROL, "ตารางที่ 4 ตารางแสดงการประเมินการควบคุมความเสี่ยง"),
      Map.entry(NineStepTable.MEASURES, "ตารางที่ 5 ตารางแผนบริหารความเสี่ยง"));

  /**
   * The risk section's text, each caption of a nine-step table followed by the table the risks give;
   * the monitoring tables' captions (and their sub-captions "7.1 …") left out, as a plan has no results
   * yet (the checklist says so). An assessment made in Sujarit, whose text has no captions, gets the
   * tables under standard captions. Without any step table, the risk table of the simple form follows.
   */
  private static void riskText(Context c, Flow f, String riskText) {
    PlanInterchange.RiskAssessment ra = c.plan().riskAssessment();
    List<PlanInterchange.Risk> risks = ra == null || ra.risks() == null || !"NACC_9_STEP".equals(ra.format()) ? List.of() : ra.risks();
    boolean printed = false;
    boolean captions = false;
    String dropped = null;
    for (String p : paragraphs(riskText)) {
      Optional<NineStepTable.Caption> caption = NineStepTable.caption(p);
      if (caption.isPresent() && !caption.get().table().atPlanTime()) {
        dropped = caption.get().number();
        continue;
      }
      if (dropped != null && caption.isEmpty() && p.strip().matches(Pattern.quote(dropped) + "\\.[0-9]+\\s.*")) continue;
      dropped = null;
      boolean table = caption.isPresent() && !stepCells(caption.get().table(), risks).isEmpty();
      f.paragraph(p, table ? CAPTION : TextStyle.BODY);
      captions |= caption.isPresent();
      if (caption.isPresent()) printed |= stepTable(c, f, caption.get().table(), risks);
    }
    if (!captions && STANDARD_CAPTIONS.stream().anyMatch(e -> !stepCells(e.getKey(), risks).isEmpty())) {
      if (riskText == null || riskText.isBlank()) f.paragraph(c.fill(StandardTexts.RISK_INTRO), TextStyle.BODY);
      for (Map.Entry<NineStepTable, String> e : STANDARD_CAPTIONS) {
        if (stepCells(e.getKey(), risks).isEmpty()) continue;
        f.paragraph(e.getValue(), CAPTION);
        stepTable(c, f, e.getKey(), risks);
      }
      return;
    }
    if (!printed) riskAssessment(c, f, riskText == null || riskText.isBlank());
  }

  /**
   * The table of a nine-step caption, from the risks' fields ("-" where a risk lacks one); false, and
   * nothing printed, when no risk gives any of its cells: the caption then stands as written.
   */
  private static boolean stepTable(Context c, Flow f, NineStepTable table, List<PlanInterchange.Risk> risks) {
    List<List<String>> body = stepCells(table, risks);
    if (body.isEmpty()) return false;
    float w = PageSetup.PORTRAIT.textWidth();
    List<String> head = new ArrayList<>(List.of("ที่", "โอกาส/ความเสี่ยงการทุจริต"));
    List<Column> columns = new ArrayList<>(List.of(new Column(28, Align.CENTER)));
    switch (table) {
      case IDENTIFICATION -> {
        head.add(1, "ด้าน / กระบวนงาน");
        head.addAll(List.of("Known Factor", "Unknown Factor"));
        columns.addAll(List.of(new Column(110, Align.LEFT), new Column(w - 28 - 110 - 2 * 62, Align.LEFT), new Column(62, Align.CENTER),
            new Column(62, Align.CENTER)));
      }
      case STATUS -> {
        head.addAll(LIGHTS);
        columns.add(new Column(w - 28 - 4 * 52, Align.LEFT));
        LIGHTS.forEach(l -> columns.add(new Column(52, Align.CENTER)));
      }
      case SCORE -> {
        head.addAll(List.of("ระดับความจำเป็นของการเฝ้าระวัง", "ระดับความรุนแรงของผลกระทบ", "ค่าความเสี่ยงรวม (จำเป็น × รุนแรง)"));
        columns.add(new Column(w - 28 - 3 * 80, Align.LEFT));
        for (int i = 0; i < 3; i++) columns.add(new Column(80, Align.CENTER));
      }
      case NECESSITY -> {
        head.addAll(List.of("กิจกรรมหรือขั้นตอนหลัก MUST", "กิจกรรมหรือขั้นตอนรอง SHOULD"));
        columns.add(new Column(w - 28 - 2 * 90, Align.LEFT));
        columns.addAll(List.of(new Column(90, Align.CENTER), new Column(90, Align.CENTER)));
      }
      case IMPACT -> {
        head.addAll(List.of("1", "2", "3"));
        columns.add(new Column(w - 28 - 3 * 44, Align.LEFT));
        for (int i = 0; i < 3; i++) columns.add(new Column(44, Align.CENTER));
      }
      case CONTROL -> {
        head.addAll(List.of("คุณภาพการจัดการ", "ระดับความเสี่ยง"));
        columns.add(new Column(w - 28 - 2 * 80, Align.LEFT));
        columns.addAll(List.of(new Column(80, Align.CENTER), new Column(80, Align.CENTER)));
      }
      case MEASURES -> {
        head.add("มาตรการป้องกันความเสี่ยง");
        columns.addAll(List.of(new Column((w - 28) * 0.45f, Align.LEFT), new Column((w - 28) * 0.55f, Align.LEFT)));
      }
      default -> throw new IllegalArgumentException(table.name());
    }
    List<Row> rows = new ArrayList<>(List.of(headerRow(c, head.toArray(String[]::new))));
    for (List<String> cells : body) rows.add(new Row(RowKind.BODY, cells.stream().map(t -> t.isEmpty() ? Cell.text(t) : cell(c, t)).toList()));
    f.add(new Table(List.copyOf(columns), 1, rows, TABLE_FONT));
    return true;
  }

  /** The body cells of a step's table, one row per risk; empty when no risk gives any value the table shows. */
  static List<List<String>> stepCells(NineStepTable table, List<PlanInterchange.Risk> risks) {
    List<List<String>> rows = new ArrayList<>();
    boolean any = false;
    int no = 0;
    for (PlanInterchange.Risk r : risks) {
      List<String> values = switch (table) {
        case IDENTIFICATION -> List.of(area(r), r.risk() == null ? "" : r.risk(), tick("KNOWN".equals(r.factor())), tick("UNKNOWN".equals(r.factor())));
        case STATUS -> {
          int light = light(r.light() != null ? r.light() : r.level());
          List<String> v = new ArrayList<>(List.of(nz(r.risk())));
          for (int i = 0; i < LIGHTS.size(); i++) v.add(tick(i == light)); // the mark Thai forms use; the font has no ✓
          yield v;
        }
        case SCORE -> List.of(nz(r.risk()), number(r.likelihood()), number(r.impact()),
            r.likelihood() == null || r.impact() == null ? "" : Integer.toString(r.likelihood() * r.impact()));
        case NECESSITY -> List.of(nz(r.risk()), r.likelihood() != null && r.likelihood() > 1 ? number(r.likelihood()) : "",
            r.likelihood() != null && r.likelihood() == 1 ? "1" : "");
        case IMPACT -> List.of(nz(r.risk()), tick(Integer.valueOf(1).equals(r.impact())), tick(Integer.valueOf(2).equals(r.impact())),
            tick(Integer.valueOf(3).equals(r.impact())));
        case CONTROL -> List.of(nz(r.risk()), quality(r.control()), r.control() == null ? "" : riskLevel(r.level()));
        case MEASURES -> List.of(nz(r.risk()), measures(r));
        case MONITORING -> List.of();
      };
      if (values.isEmpty()) return List.of();
      // the risk's own words are no value of the table (the area column of step 1 neither: a typed risk has one)
      int from = table == NineStepTable.IDENTIFICATION ? 2 : 1;
      any |= values.subList(from, values.size()).stream().anyMatch(v -> !v.isBlank());
      List<String> row = new ArrayList<>(List.of(Integer.toString(++no)));
      for (int i = 0; i < values.size(); i++) {
        // a mark column is left blank where the risk gives the table's value, "-" marks a value not given
        boolean markColumn = table == NineStepTable.STATUS || table == NineStepTable.IMPACT || table == NineStepTable.NECESSITY
            || table == NineStepTable.IDENTIFICATION && i >= 2;
        String v = values.get(i);
        row.add(!v.isBlank() ? v : markColumn && i >= from && rated(table, r) ? "" : "-");
      }
      rows.add(row);
    }
    return any ? rows : List.of();
  }

  /** Whether a risk gives the value a mark table shows (then its unmarked columns stay blank, not "-"). */
  private static boolean rated(NineStepTable table, PlanInterchange.Risk r) {
    return switch (table) {
      case IDENTIFICATION -> r.factor() != null;
      case STATUS -> light(r.light() != null ? r.light() : r.level()) >= 0;
      case NECESSITY -> r.likelihood() != null;
      case IMPACT -> r.impact() != null;
      default -> true;
    };
  }

  private static String tick(boolean marked) {
    return marked ? "/" : "";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String number(Integer n) {
    return n == null ? "" : n.toString();
  }

  /** Where a risk lies: its work process in the plan's words, else its area (the built-in ones as NACC names them). */
  private static String area(PlanInterchange.Risk r) {
    if (r.process() != null && !r.process().isBlank()) return r.process().strip();
    return r.area() == null ? "" : switch (r.area()) {
      case "APPROVAL" -> "การพิจารณาอนุมัติ อนุญาต";
      case "POWER" -> "การใช้อำนาจและตำแหน่งหน้าที่";
      case "BUDGET" -> "การใช้จ่ายงบประมาณ การจัดซื้อจัดจ้าง และการบริหารจัดการทรัพยากร";
      case "BRIBERY" -> "การรับสินบน";
      default -> r.area();
    };
  }

  private static String quality(String control) {
    if (control == null) return "";
    return switch (control) {
      case "GOOD" -> "ดี";
      case "FAIR" -> "พอใช้";
      case "WEAK" -> "อ่อน";
      default -> control;
    };
  }

  /** The interchange's traffic lights and levels, and the levels' Thai words, from green / low up. */
  private static final List<String> COLOURS = List.of("GREEN", "YELLOW", "ORANGE", "RED");
  private static final List<String> LEVEL_CODES = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");
  private static final List<String> LEVEL_WORDS = List.of("ต่ำ", "ปานกลาง", "สูง", "สูงมาก");

  /** The traffic light of a level (0 green … 3 red), or -1 when it names none. */
  private static int light(String level) {
    if (level == null) return -1;
    String l = level.strip().toUpperCase();
    int i = COLOURS.indexOf(l);
    if (i < 0) i = LEVEL_CODES.indexOf(l);
    return i >= 0 ? i : LEVEL_WORDS.indexOf(level.strip());
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

  /** A level in Thai words; a traffic light as the level it stands for, with its colour below. */
  private static String riskLevel(String level) {
    if (level == null) return "-";
    int i = light(level);
    if (i < 0) return level.strip();
    return COLOURS.contains(level.strip().toUpperCase()) ? LEVEL_WORDS.get(i) + "\n(สี" + LIGHTS.get(i) + ")" : LEVEL_WORDS.get(i);
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
