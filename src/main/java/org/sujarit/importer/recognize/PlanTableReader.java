package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.ThaiDigits;
import org.sujarit.framework.Framework;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.Amounts;
import org.sujarit.plan.ItemKind;
import org.sujarit.importer.text.ItemMarker;
import org.sujarit.importer.text.ThaiText;

/**
 * Reads the Part 2 table row by row, by what each cell holds rather than where it stands, so that rows
 * shifted by a missing or extra cell, repeated page headers, several items in one cell, rows split at
 * a page break and subtotal labels merged into item rows still come out right, each repair reported.
 */
final class PlanTableReader {
  /** "3. โครงการ…": an item numbered with a dot, told from a dimension cell by the kind word after it. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("[\\s\\-–()0-9\u0E50-\u0E59หน้า]*");
  private static final Pattern UNIT = Pattern.compile("กอง|สำนัก|งาน|ฝ่าย|หน่วย|ทุกส่วน|โรงเรียน|ศูนย์|ส่วน");
  private static final Pattern DOTTED_ITEM =
      Pattern.compile("^(" + ThaiText.D + "{1,3})\\.\\s*((?:โครงการ|กิจกรรม|มาตรการ).*)$");
  /** In the column the header names for items, "3. name" and "3 name" are numbered items whatever the name. */
  private static final Pattern NUMBERED_IN_ITEM_COLUMN =
      Pattern.compile("^(" + ThaiText.D + "{1,3})\\.?\\s+([^\\s0-9\u0E50-\u0E59].*)$");
  /** "๑.๑.๑ (๑) …": the running number after a three-part code makes it an item, not a sub-mission. */
  private static final Pattern NUMBER_AFTER_CODE = Pattern.compile("\\(\\s*" + ThaiText.D + "{1,3}\\s*\\)");
  private final Framework framework;
  private final List<Integer> periodYears;
  private final Findings findings;
  private final List<TableItem> items = new ArrayList<>();
  private final List<Subtotal> subtotals = new ArrayList<>();
  private final Map<Integer, PlanTable.Written> dimensionNames = new LinkedHashMap<>();
  private TableHeader header;
  /** The budget columns as the current header lays them out. */
  private BudgetColumns budgets;
  private int firstLine;
  private Integer dimension;
  /** Missions announced for the rows to come: several when one cell lists more than one. */
  private final List<String[]> missionQueue = new ArrayList<>();
  private String[] mission;
  /** The line of the row that announced the current missions. */
  private int missionLine;
  private int group;
  private int lastOrdinal;
  private Subtotal pending;

  PlanTableReader(Framework framework, List<Integer> periodYears, Findings findings) {
    this.framework = framework;
    this.periodYears = periodYears;
    this.findings = findings;
  }

  PlanTable read(SourceDocument doc) {
    boolean inTable = false;
    for (int i = 0; i < doc.size(); i++) {
      SourceLine line = doc.get(i);
      if (line.isRow() && TableHeader.isHeader(line.cells())) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(line.cells());
        while (i + 1 < doc.size() && doc.get(i + 1).isRow() && TableHeader.isSubHeader(doc.get(i + 1).cells())) {
          rows.add(doc.get(++i).cells());
        }
        header = TableHeader.of(rows);
        budgets = new BudgetColumns(header, periodYears, findings);
        if (firstLine == 0) firstLine = line.number();
        inTable = true;
      } else if (inTable && line.isRow()) {
        row(line.number(), line.cells());
      } else if (inTable && !line.isBlank() && !isPageNumber(line.text())) {
        inTable = false;
      }
    }
    return new PlanTable(items, subtotals, dimensionNames, firstLine);
  }

  private static boolean isPageNumber(String text) {
    return text.length() <= 12 && PAGE_NUMBER.matcher(text).matches();
  }

  private void row(int line, List<String> cells) {
    int first = -1;
    int last = -1;
    int minStart = Math.max(1, header.firstYearCol() - 1);
    for (int j = minStart; j < cells.size(); j++) {
      if (Amounts.isBudgetCell(cells.get(j))) {
        if (first < 0) first = j;
        last = j;
      }
    }
    int leadEnd = first < 0 ? cells.size() : first;
    Cells lead = classify(cells, leadEnd);
    List<String> region = first < 0 ? List.of() : cells.subList(first, last + 1);
    String trailing = first < 0 ? "" : ThaiText.collapse(String.join(" ", cells.subList(last + 1, cells.size())));

    if (lead.items.isEmpty() && (lead.total != null || lead.count != null)) {
      subtotal(line, lead, region);
    } else if (!lead.items.isEmpty()) {
      itemRow(line, cells, lead, first, region, trailing);
    } else if (first >= 0 && lead.lastText != null) {
      lead.items.add(lead.lastText);
      lead.itemCol = lead.lastTextCol;
      lead.texts.remove(lead.lastText);
      itemRow(line, cells, lead, first, region, trailing);
    } else if (first < 0 && !lead.texts.isEmpty()) {
      continuation(line, lead);
    } else if (lead.dimensionLabel != null || !lead.missions.isEmpty()) {
      heading(line, lead);
    }
  }

  /** A row that only names a dimension or mission (a band across the table) opens it for the rows below. */
  private void heading(int line, Cells lead) {
    if (lead.dimensionLabel != null && !lead.dimensionLabel.equals(dimension)) {
      endDimension(lead.dimensionLabel - 1);
      if (lead.dimensionText != null) dimensionNames.putIfAbsent(lead.dimensionLabel, new PlanTable.Written(lead.dimensionText, line));
    }
    if (!lead.missions.isEmpty()) {
      missionQueue.clear();
      missionQueue.addAll(lead.missions);
      mission = missionQueue.remove(0);
      missionLine = line;
      lastOrdinal = 0;
    }
  }

  /** What the cells before the budget columns hold. */
  private static final class Cells {
    final List<String> items = new ArrayList<>();
    int itemCol = -1;
    final List<String[]> missions = new ArrayList<>();
    int missionCol = -1;
    Integer dimensionLabel;
    String dimensionText;
    String total;
    Integer count;
    final List<String> texts = new ArrayList<>();
    final List<Integer> textCols = new ArrayList<>();
    String lastText;
    int lastTextCol = -1;
    /** A running number standing in a cell of its own ("ที่" column). */
    Integer number;
  }

  private Cells classify(List<String> cells, int end) {
    Cells c = new Cells();
    for (int j = 0; j < end; j++) {
      String cell = cells.get(j);
      if (cell.isEmpty()) continue;
      Matcher m;
      if (Patterns.TOTAL_LABEL.matcher(cell).matches()) {
        c.total = cell;
        Matcher d = Patterns.DIMENSION.matcher(cell);
        if (d.matches() && d.group(2) != null) c.dimensionLabel = ThaiText.number(d.group(2));
      } else if ((m = Patterns.match(Patterns.COUNT, cell)) != null) {
        c.count = ThaiText.number(m.group(2));
      } else if ((m = Patterns.match(Patterns.DIMENSION, cell)) != null && cell.length() < 200) {
        if (m.group(2) != null) c.dimensionLabel = ThaiText.number(m.group(2));
        if (!m.group(3).isBlank()) c.dimensionText = m.group(3);
      } else if (ItemMarker.atStart(cell) != null && !isSubMission(cell, j, end, cells)) {
        c.items.addAll(ItemMarker.splitItems(cell));
        c.itemCol = j;
      } else if ((m = Patterns.match(Patterns.MISSION, cell)) != null || innerMissions(cell)) {
        c.missions.addAll(missions(cell));
        c.missionCol = j;
      } else if (isSubMission(cell, j, end, cells)) {
        Matcher s = Patterns.match(Patterns.SUB_CODE, cell);
        c.missions.add(new String[] {code(s.group(1), s.group(2)) + "." + ThaiText.number(s.group(3)), s.group(4)});
        c.missionCol = j;
      } else if (cell.length() <= 3 && cell.chars().allMatch(ch -> ThaiDigits.isDigit((char) ch))) {
        c.number = ThaiText.number(cell);
      } else if (j == 0 && (m = Patterns.match(Patterns.NUMBERED_DIMENSION, cell)) != null) {
        c.dimensionLabel = ThaiText.number(m.group(1));
        c.dimensionText = m.group(2);
      } else if (ItemKind.startsWithKindWord(cell) && j >= header.itemCol - 1) {
        c.items.add(cell);
        c.itemCol = j;
      } else if (j > 0 && ((m = Patterns.match(DOTTED_ITEM, cell)) != null
          || j == header.itemCol && (m = Patterns.match(NUMBERED_IN_ITEM_COLUMN, cell)) != null)) {
        c.number = ThaiText.number(m.group(1));
        c.items.add(m.group(2));
        c.itemCol = j;
      } else {
        c.texts.add(cell);
        c.textCols.add(j);
        c.lastText = cell;
        c.lastTextCol = j;
      }
    }
    return c;
  }

  /**
   * A three-part code in front of text that is no item, followed by an item cell: a sub-mission. Followed
   * only by a unit or budget cells, the code numbers an item whose name lacks its kind word.
   */
  private static boolean isSubMission(String cell, int col, int end, List<String> cells) {
    Matcher s = Patterns.match(Patterns.SUB_CODE, cell);
    if (s == null || ItemKind.startsWithKindWord(s.group(4)) || NUMBER_AFTER_CODE.matcher(s.group(4)).lookingAt()) return false;
    for (int j = col + 1; j < end; j++) {
      String next = cells.get(j);
      if (ItemMarker.atStart(next) != null || ItemKind.startsWithKindWord(next)) return true;
    }
    return false;
  }

  private static boolean innerMissions(String cell) {
    return Patterns.INNER_MISSION.matcher(cell).find() && !ItemKind.startsWithKindWord(cell);
  }

  /** The missions of a cell, "2.2 name" or several "… 3.2 name 3.3 name" (the first may have lost its code). */
  private List<String[]> missions(String cell) {
    List<String[]> out = new ArrayList<>();
    Matcher m = Patterns.INNER_MISSION.matcher(cell);
    List<int[]> cuts = new ArrayList<>();
    while (m.find()) cuts.add(new int[] {m.start(), m.end(), ThaiText.number(m.group(1)), ThaiText.number(m.group(2))});
    Matcher head = Patterns.match(Patterns.MISSION, cell);
    int headEnd = cuts.isEmpty() ? cell.length() : cuts.get(0)[0];
    String headText = cell.substring(0, headEnd).strip();
    if (head != null) {
      Matcher h = Patterns.match(Patterns.MISSION, headText);
      out.add(new String[] {code(h.group(1), h.group(2)), h.group(3)});
    } else if (!headText.isEmpty()) {
      out.add(new String[] {null, headText});
    }
    for (int i = 0; i < cuts.size(); i++) {
      int[] c = cuts.get(i);
      String name = cell.substring(c[1], i + 1 < cuts.size() ? cuts.get(i + 1)[0] : cell.length()).strip();
      out.add(new String[] {c[2] + "." + c[3], name});
    }
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i)[0] == null && i + 1 < out.size() && out.get(i + 1)[0] != null) {
        String next = out.get(i + 1)[0];
        int dot = next.indexOf('.');
        int n = Integer.parseInt(next.substring(dot + 1));
        if (n > 1) out.get(i)[0] = next.substring(0, dot) + "." + (n - 1);
      }
    }
    return out;
  }

  private static String code(String a, String b) {
    return ThaiText.number(a) + "." + ThaiText.number(b);
  }

  private void subtotal(int line, Cells lead, List<String> region) {
    Matcher label = lead.total == null ? null : Patterns.match(Patterns.TOTAL_LABEL, lead.total);
    boolean grand = label != null && label.group(1) != null;
    if (lead.total == null && pending != null) {
      pending.count = lead.count;
      if (!region.isEmpty()) pending.totals = budgets.read(line, region, false);
      pending = null;
      return;
    }
    Integer dim = lead.dimensionLabel != null ? lead.dimensionLabel : dimension;
    Subtotal s = new Subtotal(line, grand, grand ? null : dim);
    s.count = lead.count;
    s.totals = region.isEmpty() ? budgets.empty() : budgets.read(line, region, false);
    subtotals.add(s);
    pending = null;
    if (!grand) endDimension(dim);
  }

  private void endDimension(Integer dim) {
    dimension = dim == null ? null : dim + 1;
    mission = null;
    missionQueue.clear();
    lastOrdinal = 0;
    group++;
  }

  private void itemRow(int line, List<String> cells, Cells lead, int budgetStart, List<String> region, String trailing) {
    Integer missionDim = null;
    if (!lead.missions.isEmpty()) {
      missionQueue.clear();
      for (String[] m : lead.missions) {
        if (m[0] == null) m[0] = framework == null ? null : missionByName(m[1]);
        missionQueue.add(m);
      }
      mission = missionQueue.remove(0);
      missionLine = line;
      lastOrdinal = 0;
      if (mission[0] != null) missionDim = Integer.parseInt(mission[0].substring(0, mission[0].indexOf('.')));
    }
    if (lead.dimensionText != null && lead.dimensionLabel != null) dimensionNames.putIfAbsent(lead.dimensionLabel, new PlanTable.Written(lead.dimensionText, line));
    Integer dim = missionDim != null ? missionDim : lead.dimensionLabel != null ? lead.dimensionLabel : dimension;
    if (lead.dimensionLabel != null && missionDim != null && !lead.dimensionLabel.equals(missionDim)) {
      findings.add(line, DiagnosticCode.ROW_REPAIRED, "ช่องมิติเขียนว่า มิติที่ " + lead.dimensionLabel
          + " แต่ภารกิจ " + mission[0] + " อยู่ในมิติที่ " + missionDim + " จึงใช้ตามรหัสภารกิจ");
    }
    if (dim != null && !dim.equals(dimension)) {
      if (dimension != null && lead.missions.isEmpty()) {
        mission = null;
        missionQueue.clear();
        group++;
      }
      dimension = dim;
    }
    checkShift(line, lead, budgetStart);

    Map<Integer, BigDecimal> budget = region.isEmpty() ? budgets.empty() : budgets.read(line, region, true);
    boolean shared = lead.items.size() > 1;
    if (shared) budget = budgets.shared(line, lead.items.size(), budget);
    String responsible = trailing.isEmpty() ? null : trailing;
    for (String text : lead.items) {
      ItemMarker marker = ItemMarker.atStart(text);
      if (marker == null && lead.number != null && lead.items.size() == 1) marker = new ItemMarker(lead.number, null, 0, 0);
      String name = text.substring(marker == null ? 0 : marker.end()).strip();
      TableItem item = new TableItem(line, marker == null ? null : marker.number(), marker == null ? null : marker.code(), name);
      placeInMission(item, marker);
      item.budget = budget;
      if (responsible != null) {
        if (header.remarkNamesUnit || looksLikeUnit(responsible)) item.responsible = responsible;
        else item.remark = responsible;
      }
      items.add(item);
    }
    if (lead.total != null) {
      pending = new Subtotal(line, false, lead.dimensionLabel != null ? lead.dimensionLabel : dimension);
      pending.totals = budgets.empty();
      subtotals.add(pending);
      findings.add(line, DiagnosticCode.ROW_REPAIRED, "ป้าย \"รวม\" ของมิติถูกรวมอยู่ในแถวรายการ: แยกรายการออกจากแถวรวม");
      endDimension(pending.dimension);
    }
  }

  /** The mission of a new item: the announced one, the next queued one when numbering restarts, or unknown. */
  private void placeInMission(TableItem item, ItemMarker marker) {
    int ordinal = marker == null ? lastOrdinal + 1 : marker.ordinal();
    boolean restart = lastOrdinal > 0 && ordinal <= lastOrdinal;
    if (restart) {
      if (!missionQueue.isEmpty()) mission = missionQueue.remove(0);
      else if (mission == null || mission[0] == null || marker == null || marker.code() == null) {
        mission = null;
        group++;
      }
    }
    lastOrdinal = ordinal;
    item.dimension = dimension;
    item.missionLine = missionLine;
    if (marker != null && marker.code() != null) {
      item.missionCode = marker.missionCode();
      item.dimension = Integer.parseInt(marker.code().substring(0, marker.code().indexOf('.')));
      if (mission != null && item.missionCode.equals(mission[0])) item.missionName = mission[1];
    } else if (mission != null && mission[0] != null) {
      item.missionCode = mission[0];
      item.missionName = mission[1];
    } else {
      item.missionGroup = group;
      if (mission != null) item.missionName = mission[1];
    }
  }

  private void continuation(int line, Cells lead) {
    if (items.isEmpty()) return;
    TableItem lastItem = items.get(items.size() - 1);
    StringBuilder what = new StringBuilder();
    for (int k = 0; k < lead.texts.size(); k++) {
      String text = lead.texts.get(k);
      int col = lead.textCols.get(k);
      if (header.missionCol >= 0 && col == header.missionCol && mission != null) {
        mission[1] = mission[1] + " " + text;
        if (lastItem.missionName != null) lastItem.missionName = mission[1];
        what.append("ชื่อภารกิจ");
      } else if (col > header.dimensionCol && col != header.missionCol) {
        lastItem.name = lastItem.name + " " + text;
        if (!what.isEmpty()) what.append(" และ");
        what.append("ชื่อรายการ");
      }
    }
    if (!what.isEmpty()) {
      findings.add(line, DiagnosticCode.ROW_REPAIRED, "แถวนี้เป็นส่วนต่อของแถวก่อนหน้าที่ถูกตัดข้ามหน้า: นำข้อความไปต่อท้าย" + what);
    }
  }

  private void checkShift(int line, Cells lead, int budgetStart) {
    int shift = lead.itemCol >= 0 ? lead.itemCol - header.itemCol : 0;
    int budgetShift = budgetStart < 0 ? shift : budgetStart - header.firstYearCol();
    if (shift != 0 || budgetShift != shift) {
      String detail = shift != 0 ? "ช่องรายการอยู่คอลัมน์ที่ " + (lead.itemCol + 1) + " แทนคอลัมน์ที่ " + (header.itemCol + 1)
          : "มีช่องว่างเกินก่อนช่องงบประมาณ";
      findings.add(line, DiagnosticCode.ROW_SHIFTED, "แถวตารางเลื่อนคอลัมน์ (" + detail + "): อ่านตามเนื้อหาของแต่ละช่องแทนตำแหน่ง");
    }
  }

  /** The framework mission of the current dimension whose name is closest to a mission cell without code. */
  private String missionByName(String text) {
    return FrameworkNames.closestMission(framework, dimension, text);
  }

  private static boolean looksLikeUnit(String text) {
    return UNIT.matcher(text).find();
  }
}
